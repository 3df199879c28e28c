package io.rosterbridge.cleversim.service;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Clever's rate limit: a fixed budget per bearer token per clock minute. */
public final class RateLimiter {

  /**
   * The outcome of one request against the budget.
   *
   * @param allowed whether the request is within budget
   * @param limit the budget per minute
   * @param remaining requests left in this minute
   * @param reset epoch second at which the budget refills
   */
  public record Decision(boolean allowed, int limit, int remaining, long reset) {

    /** The same window with nothing remaining (for injected 429s). */
    public Decision exhausted() {
      return new Decision(false, limit, 0, reset);
    }
  }

  private record Window(long minute, int count) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final int limit;
  private final Clock clock;

  /** A limiter with {@code limit} requests per token per minute. */
  public RateLimiter(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** Counts one request of the key (the bearer token) and tells whether it may proceed. */
  public Decision hit(String key) {
    long minute = clock.millis() / 60_000;
    Window window =
        windows.compute(
            key,
            (k, old) ->
                old == null || old.minute != minute
                    ? new Window(minute, 1)
                    : new Window(minute, old.count + 1));
    return new Decision(
        window.count <= limit, limit, Math.max(0, limit - window.count), (minute + 1) * 60);
  }

  /** Forgets all counts. */
  public void clear() {
    windows.clear();
  }
}
