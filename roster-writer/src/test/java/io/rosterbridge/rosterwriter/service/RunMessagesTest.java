package io.rosterbridge.rosterwriter.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.report.ReportedConflict;
import io.rosterbridge.events.report.RunCompleted;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.serde.RosterEventSerializer;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The report on roster.sync-reports fits one Kafka message, however many conflicts a run had. */
class RunMessagesTest {

  @Test
  void aRunWithThousandsOfConflictsListsTheFirstOnTheTopicAndCountsThemAll() {
    List<ReportedConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      conflicts.add(
          new ReportedConflict(
              "5931" + i,
              "ec200040-58ce-308c-bbc7-" + i,
              ConflictReason.NO_USERNAME,
              "Clever user Amelia Ramirez (5931"
                  + i
                  + ") has no district username in Clever, so the account was created without"
                  + " one; the user can still sign in with Clever."));
    }
    Instant at = Instant.parse("2026-01-05T08:00:00Z");
    RosterRun run = new RosterRun();
    run.id = "r1";
    run.districtId = "d1";
    run.state = RunState.COMPLETED;
    run.finishedAt = at;
    run.report =
        RunRecords.json(
            new RunReport(
                "r1",
                "d1",
                SyncTrigger.NIGHTLY,
                SyncMode.FULL,
                RunState.COMPLETED,
                at,
                at,
                Map.of(),
                conflicts,
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                null));

    RunCompleted message = (RunCompleted) RunMessages.of(run);

    assertThat(message.report().conflicts())
        .hasSize(RunMessages.CONFLICTS_ON_TOPIC)
        .containsExactlyElementsOf(conflicts.subList(0, RunMessages.CONFLICTS_ON_TOPIC));
    assertThat(message.report().conflictCounts())
        .isEqualTo(Map.of(ConflictReason.NO_USERNAME, 20_000));
    try (RosterEventSerializer serializer = new RosterEventSerializer()) {
      byte[] bytes = serializer.serialize("roster.sync-reports", new RecordHeaders(), message);
      assertThat(bytes.length).isLessThan(256 * 1024);
    }
    assertThat(RunRecords.report(run).conflicts()).hasSize(20_000);
  }
}
