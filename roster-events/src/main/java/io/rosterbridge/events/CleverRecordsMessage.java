package io.rosterbridge.events;

/** A message on {@code clever.records}: a run marker or one record the fetcher read. */
public interface CleverRecordsMessage extends RunFramed {}
