package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.events.run.RunFailureReason;

/** Clever answered 401: the district token is invalid, rotated or revoked. */
public class TokenRefusedException extends CleverFailure {

  public TokenRefusedException(String message) {
    super(RunFailureReason.UNAUTHORIZED, message);
  }
}
