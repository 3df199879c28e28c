package io.rosterbridge.cleverfetcher.client;

import io.micrometer.core.instrument.MeterRegistry;
import io.rosterbridge.cleverfetcher.config.CleverConfig;
import io.rosterbridge.events.run.RunFailureReason;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;

/**
 * GETs pages of the Clever Data and Events API for one district: waits out rate limits, retries
 * server errors with exponential backoff and jitter (SmallRye Fault Tolerance), looks a refused
 * token up again once, and validates every envelope.
 */
@ApplicationScoped
public class CleverApi {

  private final CleverHttp http;
  private final CleverConfig config;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final Guard serverErrors;
  private final Guard rateLimits;

  public CleverApi(CleverHttp http, CleverConfig config, MeterRegistry metrics, Clock clock) {
    this.http = http;
    this.config = config;
    this.metrics = metrics;
    this.clock = clock;
    this.serverErrors = Retries.serverErrors(config.retry(), this::retried);
    this.rateLimits = Retries.rateLimits(config.rateLimit(), clock, this::retried);
  }

  /**
   * The page at {@code pathAndQuery} (relative to the API URL), its objects read as {@code type}.
   */
  public <T extends CleverDoc> Page<T> page(
      DistrictSession session, String pathAndQuery, Class<T> type) {
    CleverResponse response = get(session, pathAndQuery);
    String what = "GET " + pathAndQuery;
    if (response.isHtml()) {
      throw new MalformedResponseException(what + ": an HTML page instead of JSON");
    }
    Page<T> page = CleverJson.page(response.body(), type, what);
    metrics.counter("fetcher.pages", "resource", resource(pathAndQuery)).increment();
    return page;
  }

  /** A {@code next} link made absolute; links leading away from the API URL are refused. */
  public URI resolve(String link) {
    String base = config.apiUrl().replaceAll("/+$", "");
    if (link.startsWith("/")) {
      return URI.create(base + link);
    }
    if (link.startsWith(base + "/")) {
      return URI.create(link);
    }
    throw new MalformedResponseException("a link leads away from the Clever API: " + link);
  }

  private CleverResponse get(DistrictSession session, String pathAndQuery) {
    try {
      return guarded(session, pathAndQuery);
    } catch (TokenRefusedException refused) {
      session.renewToken();
      try {
        return guarded(session, pathAndQuery);
      } catch (TokenRefusedException again) {
        throw new CleverFailure(
            RunFailureReason.UNAUTHORIZED,
            again.getMessage() + ", also with the token looked up again");
      }
    }
  }

  private CleverResponse guarded(DistrictSession session, String pathAndQuery) {
    try {
      return rateLimits.call(
          () -> serverErrors.call(() -> once(session, pathAndQuery), CleverResponse.class),
          CleverResponse.class);
    } catch (CleverFailure failure) {
      throw failure;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CleverFailure(RunFailureReason.INTERRUPTED, "interrupted while reading Clever");
    } catch (Exception e) {
      throw new CleverFailure(RunFailureReason.INTERNAL_ERROR, "GET " + pathAndQuery + ": " + e, e);
    }
  }

  private CleverResponse once(DistrictSession session, String pathAndQuery) {
    session.window().check(config.rateLimit().reserve(), clock);
    CleverResponse response = http.get(resolve(pathAndQuery), "Bearer " + session.token());
    metrics.counter("fetcher.requests", "status", Integer.toString(response.status())).increment();
    if (response.status() == 429) {
      metrics.counter("fetcher.rate.limited").increment();
    } else {
      session.window().update(response);
    }
    return ResponseCheck.ok(response, "GET " + pathAndQuery, clock);
  }

  private void retried(String cause) {
    metrics.counter("fetcher.retries", "cause", cause).increment();
  }

  private static String resource(String pathAndQuery) {
    String path = pathAndQuery.replaceFirst("\\?.*$", "").replaceFirst("^/v3\\.0/", "");
    return path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
  }
}
