package io.rosterbridge.events;

/** A message on {@code roster.sync-reports}: how a run ended. */
public interface SyncReportsMessage extends RunFramed {}
