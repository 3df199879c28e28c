package io.rosterbridge.events;

/** A message on {@code roster.changes}: a run marker, a passed-through record or a resolution. */
public interface RosterChangesMessage extends RunFramed {}
