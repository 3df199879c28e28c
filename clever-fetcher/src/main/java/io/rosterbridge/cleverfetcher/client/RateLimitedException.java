package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.events.run.RunFailureReason;
import java.time.Instant;

/** Clever's rate-limit window is spent (a 429, or the reserve reached); it refills at a reset. */
public class RateLimitedException extends CleverFailure {

  private final Instant resetAt;

  public RateLimitedException(String message, Instant resetAt) {
    super(RunFailureReason.RATE_LIMITED, message);
    this.resetAt = resetAt;
  }

  /** When the window refills, from {@code X-Ratelimit-Reset}. */
  public Instant resetAt() {
    return resetAt;
  }
}
