package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.cleverfetcher.config.CleverConfig;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import io.smallrye.faulttolerance.api.Guard;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/** The two retry policies of a Clever request, built with SmallRye Fault Tolerance. */
final class Retries {

  /** Retries are bounded by their count; this only keeps the library's own limit out of the way. */
  private static final long NO_TIME_LIMIT_HOURS = 24;

  /** Added to a reset time so that the next request lands in the new window. */
  private static final long RESET_MARGIN_MS = 1000;

  private Retries() {}

  /** 5xx, timeouts and I/O errors: exponential backoff with jitter, resuming the same request. */
  static Guard serverErrors(CleverConfig.Retry retry, Consumer<String> onRetry) {
    return Guard.create()
        .withDescription("clever-server-errors")
        .withRetry()
        .retryOn(ServerErrorException.class)
        .maxRetries(retry.maxRetries())
        .delay(retry.initialDelay().toMillis(), ChronoUnit.MILLIS)
        .jitter(retry.jitter().toMillis(), ChronoUnit.MILLIS)
        .maxDuration(NO_TIME_LIMIT_HOURS, ChronoUnit.HOURS)
        .beforeRetry(() -> onRetry.accept("server_error"))
        .withExponentialBackoff()
        .factor(2)
        .maxDelay(retry.maxDelay().toMillis(), ChronoUnit.MILLIS)
        .done()
        .done()
        .build();
  }

  /** 429 or a spent window: wait until the window resets (at most {@code maxWait}), then retry. */
  static Guard rateLimits(CleverConfig.RateLimit limit, Clock clock, Consumer<String> onRetry) {
    long maxWait = limit.maxWait().toMillis();
    return Guard.create()
        .withDescription("clever-rate-limit")
        .withRetry()
        .retryOn(RateLimitedException.class)
        .maxRetries(limit.maxRetries())
        .jitter(0, ChronoUnit.MILLIS)
        .maxDuration(NO_TIME_LIMIT_HOURS, ChronoUnit.HOURS)
        .beforeRetry(() -> onRetry.accept("rate_limit"))
        .withCustomBackoff()
        .strategy(() -> new UntilReset(clock, maxWait))
        .done()
        .done()
        .build();
  }

  /** Waits until the reset the rate-limit failure names, bounded. */
  private record UntilReset(Clock clock, long maxWaitMs) implements CustomBackoffStrategy {

    @Override
    public long nextDelayInMillis(Throwable failure) {
      if (!(failure instanceof RateLimitedException limited)) {
        return maxWaitMs;
      }
      long untilReset = limited.resetAt().toEpochMilli() - clock.millis() + RESET_MARGIN_MS;
      return Math.max(0, Math.min(untilReset, maxWaitMs));
    }
  }
}
