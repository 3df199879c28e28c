package io.rosterbridge.events.serde;

import io.rosterbridge.events.sync.SyncRequested;

/** Reads messages of {@code roster.sync-commands}. */
public class SyncCommandsDeserializer extends RosterEventDeserializer<SyncRequested> {

  public SyncCommandsDeserializer() {
    super(SyncRequested.class);
  }
}
