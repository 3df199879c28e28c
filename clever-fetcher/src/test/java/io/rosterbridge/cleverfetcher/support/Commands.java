package io.rosterbridge.cleverfetcher.support;

import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import io.rosterbridge.testsupport.KafkaTestClient;
import java.time.Instant;
import java.util.UUID;

/** Sends sync commands to {@code roster.sync-commands} as rosterctl would. */
public final class Commands {

  private Commands() {}

  /** A manual command of the given mode for one district, sent; returns it. */
  public static SyncRequested request(String districtId, SyncMode mode) {
    SyncRequested command =
        new SyncRequested(
            "cmd-" + UUID.randomUUID(),
            districtId,
            SyncTrigger.MANUAL,
            mode,
            "support@test",
            Instant.now());
    KafkaTestClient.send(Topics.SYNC_COMMANDS, districtId, command);
    return command;
  }
}
