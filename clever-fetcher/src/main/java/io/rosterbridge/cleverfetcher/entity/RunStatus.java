package io.rosterbridge.cleverfetcher.entity;

import io.rosterbridge.events.sync.RunState;

/** Where a fetch run stands. */
public enum RunStatus {
  /** Waiting for its district's active run to end. */
  QUEUED,
  /** Reading and publishing; holds the district's lease. */
  RUNNING,
  /** Every record is acknowledged; its RunFetched is being published. */
  COMPLETING,
  /** Closed by RunFetched. */
  FETCHED,
  /** Closed by RunFailed. */
  FAILED;

  /** Whether the run holds its district's lease. */
  public boolean active() {
    return this == RUNNING || this == COMPLETING;
  }

  /** The state reported on {@code roster.run-status}. */
  public RunState state() {
    return switch (this) {
      case QUEUED -> RunState.QUEUED;
      case RUNNING, COMPLETING -> RunState.RUNNING;
      case FETCHED -> RunState.COMPLETED;
      case FAILED -> RunState.FAILED;
    };
  }
}
