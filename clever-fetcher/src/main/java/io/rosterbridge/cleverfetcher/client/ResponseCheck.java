package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.events.run.RunFailureReason;
import java.time.Clock;
import java.time.Instant;

/** Turns a non-2xx answer into the failure it means (see the error table of the Clever API). */
final class ResponseCheck {

  /** Where no reset is given, Clever's window is a minute. */
  private static final long DEFAULT_WINDOW_SECONDS = 60;

  private ResponseCheck() {}

  /** Returns a 2xx response; throws the matching failure for any other. */
  static CleverResponse ok(CleverResponse response, String request, Clock clock) {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return response;
    }
    String what = request + " answered " + status + (response.isHtml() ? " (an HTML page)" : "");
    if (status == 401) {
      throw new TokenRefusedException(what);
    }
    if (status == 429) {
      Instant reset =
          response.rateReset() >= 0
              ? Instant.ofEpochSecond(response.rateReset())
              : clock.instant().plusSeconds(DEFAULT_WINDOW_SECONDS);
      throw new RateLimitedException(what, reset);
    }
    if (status == 501) {
      throw new CleverFailure(RunFailureReason.SERVER_ERROR, what + "; not retried");
    }
    if (status >= 500) {
      throw new ServerErrorException(what);
    }
    throw new ClientErrorException(status, what);
  }
}
