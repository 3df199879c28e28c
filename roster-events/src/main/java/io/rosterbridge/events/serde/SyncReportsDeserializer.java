package io.rosterbridge.events.serde;

import io.rosterbridge.events.SyncReportsMessage;

/** Reads messages of {@code roster.sync-reports}. */
public class SyncReportsDeserializer extends RosterEventDeserializer<SyncReportsMessage> {

  public SyncReportsDeserializer() {
    super(SyncReportsMessage.class);
  }
}
