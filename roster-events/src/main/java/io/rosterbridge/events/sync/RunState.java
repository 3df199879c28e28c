package io.rosterbridge.events.sync;

/** Where a run stands. */
public enum RunState {
  QUEUED,
  RUNNING,
  COMPLETED,
  HELD,
  FAILED
}
