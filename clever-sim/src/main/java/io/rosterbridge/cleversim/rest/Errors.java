package io.rosterbridge.cleversim.rest;

import io.rosterbridge.cleversim.model.Json;

/** The error responses the simulator shares between real conditions and injected faults. */
public final class Errors {

  /** Body message of a 401 (unknown, revoked or missing token). */
  public static final String INVALID_TOKEN = "invalid or revoked token";

  /** Body message of a 429. */
  public static final String RATE_LIMITED = "rate limit exceeded";

  private Errors() {}

  /** 401 for a token that is unknown or revoked. */
  public static SimResponse unauthorized() {
    return SimResponse.json(401, Json.message(INVALID_TOKEN));
  }

  /** 429 for a spent budget. */
  public static SimResponse tooManyRequests() {
    return SimResponse.json(429, Json.message(RATE_LIMITED));
  }

  /** The standard reason phrase of a status. */
  public static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 413 -> "Payload Too Large";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Error";
    };
  }
}
