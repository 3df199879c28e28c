package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.events.run.RunFailureReason;

/** A 5xx answer, a timeout or a broken connection: worth retrying with backoff. */
public class ServerErrorException extends CleverFailure {

  public ServerErrorException(String message) {
    super(RunFailureReason.SERVER_ERROR, message);
  }

  public ServerErrorException(String message, Throwable cause) {
    super(RunFailureReason.SERVER_ERROR, message, cause);
  }
}
