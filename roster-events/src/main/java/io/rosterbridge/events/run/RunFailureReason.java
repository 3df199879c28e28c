package io.rosterbridge.events.run;

/** Machine-readable cause of a failed run. */
public enum RunFailureReason {
  UNAUTHORIZED,
  DISTRICT_DISCONNECTED,
  RATE_LIMITED,
  SERVER_ERROR,
  MALFORMED_RESPONSE,
  REPEATED_CURSOR,
  PAGE_CAP_REACHED,
  INCOMPLETE_RUN,
  INTERRUPTED,
  INTERNAL_ERROR
}
