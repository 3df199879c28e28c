package io.rosterbridge.usermatcher.messaging;

/** Kafka refused or did not acknowledge in time what the matcher published. */
public class PublishFailedException extends RuntimeException {

  public PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
