package io.rosterbridge.events.serde;

import io.rosterbridge.events.RosterChangesMessage;

/** Reads messages of {@code roster.changes}. */
public class RosterChangesDeserializer extends RosterEventDeserializer<RosterChangesMessage> {

  public RosterChangesDeserializer() {
    super(RosterChangesMessage.class);
  }
}
