package io.rosterbridge.cleversim.model;

/** A request the simulator refuses, with the HTTP status to answer. */
public class ApiException extends RuntimeException {

  private final int status;

  /** A refusal with status and message. */
  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** 404 with a message. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  /** 400 with a message. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }
}
