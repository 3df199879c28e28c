package io.rosterbridge.events.identity;

/** What the matcher decided for one Clever user. */
public enum ResolutionOutcome {
  UNCHANGED,
  LINKED_EXISTING,
  CREATED,
  RENAMED,
  RELINKED,
  CONFLICT
}
