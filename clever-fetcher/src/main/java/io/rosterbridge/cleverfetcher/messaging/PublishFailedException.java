package io.rosterbridge.cleverfetcher.messaging;

/** Kafka refused or did not acknowledge something a run published. */
public class PublishFailedException extends RuntimeException {

  public PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
