package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.events.run.RunFailureReason;

/** Why a run cannot go on (mostly something Clever did); the run ends as failed with its reason. */
public class CleverFailure extends RuntimeException {

  private final RunFailureReason reason;

  public CleverFailure(RunFailureReason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public CleverFailure(RunFailureReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** The reason a failed run reports. */
  public RunFailureReason reason() {
    return reason;
  }
}
