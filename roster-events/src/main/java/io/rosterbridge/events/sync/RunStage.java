package io.rosterbridge.events.sync;

/** The pipeline stages a run passes through, in order. */
public enum RunStage {
  FETCH,
  MATCH,
  WRITE
}
