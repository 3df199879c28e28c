package io.rosterbridge.cleversim.rest;

import io.rosterbridge.cleversim.fault.FaultRegistry;
import io.rosterbridge.cleversim.fault.FaultResponses;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.fault.FaultType;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.oauth.OAuthException;
import io.rosterbridge.cleversim.service.RateLimiter;
import java.util.Optional;

/**
 * Every public request passes here: the rate limit is counted (API paths), an injected fault may
 * replace or reshape the answer, and the rate-limit headers are added to every API response.
 */
public final class RequestPipeline {

  private static final System.Logger LOG = System.getLogger(RequestPipeline.class.getName());
  private final Endpoints endpoints;
  private final FaultRegistry faults;
  private final RateLimiter limiter;

  /** A pipeline in front of the endpoints. */
  public RequestPipeline(Endpoints endpoints, FaultRegistry faults, RateLimiter limiter) {
    this.endpoints = endpoints;
    this.faults = faults;
    this.limiter = limiter;
  }

  /** The full answer to a request. */
  public SimResponse handle(ApiRequest request) {
    boolean api = request.path().startsWith("/v3.0/") || request.path().equals("/userinfo");
    RateLimiter.Decision rate = api ? limiter.hit(rateKey(request)) : null;
    Optional<FaultSpec> fault = faults.take(request.path());
    SimResponse response = respond(request, fault, rate);
    if (rate == null) {
      return response;
    }
    boolean storm = fault.filter(f -> f.type() == FaultType.RATE_LIMIT).isPresent();
    return withRateHeaders(response, storm ? rate.exhausted() : rate);
  }

  private SimResponse respond(
      ApiRequest request, Optional<FaultSpec> fault, RateLimiter.Decision rate) {
    if (fault.isPresent() && !fault.get().type().reshapesBody()) {
      return FaultResponses.replacement(fault.get());
    }
    if (rate != null && !rate.allowed()) {
      return Errors.tooManyRequests();
    }
    SimResponse normal = dispatch(request);
    return fault.map(f -> FaultResponses.reshape(f, normal, request)).orElse(normal);
  }

  private SimResponse dispatch(ApiRequest request) {
    try {
      return endpoints.route(request);
    } catch (OAuthException e) {
      var body = Json.object().put("error", e.error()).put("error_description", e.getMessage());
      return SimResponse.json(e.status(), body);
    } catch (ApiException e) {
      return SimResponse.json(e.status(), Json.message(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "request " + request.pathAndQuery() + " failed", e);
      return SimResponse.json(500, Json.message(Errors.reason(500)));
    }
  }

  private static String rateKey(ApiRequest request) {
    String token = request.bearer();
    return token == null ? "anonymous" : token;
  }

  private static SimResponse withRateHeaders(SimResponse response, RateLimiter.Decision rate) {
    return response
        .withHeader("X-Ratelimit-Bucket", "bearer")
        .withHeader("X-Ratelimit-Limit", String.valueOf(rate.limit()))
        .withHeader("X-Ratelimit-Remaining", String.valueOf(rate.remaining()))
        .withHeader("X-Ratelimit-Reset", String.valueOf(rate.reset()));
  }
}
