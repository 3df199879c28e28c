package io.rosterbridge.cleversim.fault;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The failures the simulator can inject. */
public enum FaultType {
  /** 429 with the rate-limit headers at zero remaining, as if the budget were spent. */
  RATE_LIMIT(false),
  /** A 5xx with a JSON message (status configurable, default 500). */
  SERVER_ERROR(false),
  /** Delays the response by {@code latencyMs}; the response itself is normal. */
  LATENCY(false),
  /** 200 whose JSON body is cut off half-way. */
  TRUNCATED_BODY(true),
  /** 200 with the envelope but without its {@code data} member. */
  MISSING_DATA(true),
  /** An HTML error page instead of JSON (status configurable, default 502). */
  HTML_ERROR(false),
  /** The normal page, but its {@code next} link points at the page itself. */
  SELF_NEXT_LINK(true),
  /** 401 as if the token had been revoked. */
  REVOKED_TOKEN(false);

  private final boolean reshapesBody;

  FaultType(boolean reshapesBody) {
    this.reshapesBody = reshapesBody;
  }

  /** Whether the fault changes a normal response rather than replacing it. */
  public boolean reshapesBody() {
    return reshapesBody;
  }

  /** The JSON name, e.g. {@code rate_limit}. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a JSON name in any case. */
  public static FaultType parse(String name) {
    String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (FaultType type : values()) {
      if (type.name().equals(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown fault type: " + name);
  }
}
