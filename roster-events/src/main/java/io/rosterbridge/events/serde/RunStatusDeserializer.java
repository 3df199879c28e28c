package io.rosterbridge.events.serde;

import io.rosterbridge.events.sync.RunProgress;

/** Reads messages of {@code roster.run-status}. */
public class RunStatusDeserializer extends RosterEventDeserializer<RunProgress> {

  public RunStatusDeserializer() {
    super(RunProgress.class);
  }
}
