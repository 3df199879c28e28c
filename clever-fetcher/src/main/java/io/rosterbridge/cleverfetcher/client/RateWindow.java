package io.rosterbridge.cleverfetcher.client;

import java.time.Clock;
import java.time.Instant;

/** What Clever last said about a token's rate-limit window ({@code X-Ratelimit-*} headers). */
final class RateWindow {

  private long remaining = -1;
  private long resetEpochSecond = -1;

  /** Remembers the window a response reported. */
  synchronized void update(CleverResponse response) {
    if (response.rateRemaining() >= 0 && response.rateReset() >= 0) {
      remaining = response.rateRemaining();
      resetEpochSecond = response.rateReset();
    }
  }

  /**
   * Fails with a {@link RateLimitedException} when only {@code reserve} requests are left before a
   * reset still to come, so that the caller waits for it. Once said, the window is forgotten until
   * the next response reports it, so a capped wait is followed by a real request.
   */
  synchronized void check(int reserve, Clock clock) {
    if (remaining < 0 || remaining > reserve) {
      return;
    }
    Instant reset = Instant.ofEpochSecond(resetEpochSecond);
    long left = remaining;
    remaining = -1;
    if (reset.isAfter(clock.instant())) {
      throw new RateLimitedException(
          "only " + left + " requests left in Clever's rate-limit window", reset);
    }
  }
}
