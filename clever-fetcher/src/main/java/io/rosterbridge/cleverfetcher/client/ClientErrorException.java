package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.events.run.RunFailureReason;

/** Clever refused a request with a 4xx other than 401 and 429; retrying would not help. */
public class ClientErrorException extends CleverFailure {

  private final int status;

  public ClientErrorException(int status, String message) {
    super(status == 403 ? RunFailureReason.UNAUTHORIZED : RunFailureReason.INTERNAL_ERROR, message);
    this.status = status;
  }

  /** The HTTP status Clever answered with. */
  public int status() {
    return status;
  }
}
