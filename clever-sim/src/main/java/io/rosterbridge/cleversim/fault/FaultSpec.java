package io.rosterbridge.cleversim.fault;

import java.util.Objects;

/**
 * One fault to inject.
 *
 * @param endpoint the path it applies to, with everything below it (e.g. {@code /v3.0/users} also
 *     covers {@code /v3.0/users/<id>}); {@code *} for every non-admin path
 * @param type what happens
 * @param times how many responses it affects; null for every response until removed
 * @param status HTTP status for {@code server_error} and {@code html_error}; null for the default
 * @param latencyMs delay for {@code latency}
 */
public record FaultSpec(
    String endpoint, FaultType type, Integer times, Integer status, Long latencyMs) {

  /** Checks the values. */
  public FaultSpec {
    Objects.requireNonNull(type, "type");
    endpoint = endpoint == null || endpoint.isBlank() ? "*" : endpoint;
    if (times != null && times < 1) {
      throw new IllegalArgumentException(
          "times must be at least 1 (omit it for a permanent fault)");
    }
    if (type == FaultType.LATENCY && (latencyMs == null || latencyMs < 0)) {
      throw new IllegalArgumentException("a latency fault needs latencyMs >= 0");
    }
  }

  /** A fault affecting the next {@code times} responses of the endpoint. */
  public static FaultSpec times(int times, String endpoint, FaultType type) {
    return new FaultSpec(endpoint, type, times, null, null);
  }

  /** A fault affecting every response of the endpoint until removed. */
  public static FaultSpec permanent(String endpoint, FaultType type) {
    return new FaultSpec(endpoint, type, null, null, null);
  }

  /** Adds {@code latencyMs} to the next {@code times} responses (null: every response). */
  public static FaultSpec latency(String endpoint, long latencyMs, Integer times) {
    return new FaultSpec(endpoint, FaultType.LATENCY, times, null, latencyMs);
  }

  /** The same fault with an HTTP status. */
  public FaultSpec withStatus(int value) {
    return new FaultSpec(endpoint, type, times, value, latencyMs);
  }

  /** Whether it applies to a request path. */
  public boolean matches(String path) {
    return endpoint.equals("*") || path.equals(endpoint) || path.startsWith(endpoint + "/");
  }
}
