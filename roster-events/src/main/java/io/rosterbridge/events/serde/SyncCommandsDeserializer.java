package io.rosterbridge.events.serde;

import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.SyncRequested;
import org.apache.kafka.common.header.Headers;

/**
 * Reads messages of {@code roster.sync-commands}; a command that names no district is refused, as
 * every connected district must be asked for explicitly with {@link Topics#ALL_DISTRICTS}.
 */
public class SyncCommandsDeserializer extends RosterEventDeserializer<SyncRequested> {

  public SyncCommandsDeserializer() {
    super(SyncRequested.class);
  }

  @Override
  public SyncRequested deserialize(String topic, Headers headers, byte[] data) {
    SyncRequested command = super.deserialize(topic, headers, data);
    if (command.districtId() == null || command.districtId().isBlank()) {
      throw new EventDeserializationException(
          "SyncRequested "
              + command.commandId()
              + " on "
              + topic
              + " names no district; every connected district is districtId \""
              + Topics.ALL_DISTRICTS
              + "\"");
    }
    return command;
  }
}
