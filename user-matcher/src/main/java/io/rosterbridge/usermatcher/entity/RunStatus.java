package io.rosterbridge.usermatcher.entity;

/** Where a run stands in the matcher. */
public enum RunStatus {
  /** Its records are arriving; users are buffered. */
  OPEN,
  /** Its RunFetched was resolved: the resolutions are stored and (re)published from the store. */
  RESOLVED,
  /** Failed by the fetcher's RunFailed, or by the matcher (an incomplete or unresolvable run). */
  FAILED,
  /** The district's next run started before this one closed; its buffer was dropped. */
  ABANDONED
}
