package io.rosterbridge.events.sync;

/** How a run reads and applies: a full read, the Events API since the cursor, or a dry run. */
public enum SyncMode {
  FULL,
  INCREMENTAL,
  PREVIEW
}
