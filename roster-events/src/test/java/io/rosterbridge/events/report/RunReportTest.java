package io.rosterbridge.events.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report names its conflicts, or on the topic its first ones, and always counts them all. */
class RunReportTest {

  private static RunReport withConflicts(int noUsername, int duplicates) {
    List<ReportedConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < noUsername; i++) {
      conflicts.add(new ReportedConflict("c" + i, "a" + i, ConflictReason.NO_USERNAME, "none"));
    }
    for (int i = 0; i < duplicates; i++) {
      conflicts.add(
          new ReportedConflict(
              "d" + i, null, ConflictReason.DUPLICATE_USERNAME_IN_RUN, "shares a username"));
    }
    Instant at = Instant.parse("2026-01-05T08:00:00Z");
    return new RunReport(
        "r1",
        "d1",
        SyncTrigger.NIGHTLY,
        SyncMode.FULL,
        RunState.COMPLETED,
        at,
        at.plusSeconds(30),
        Map.of(),
        conflicts,
        List.of(),
        null,
        List.of(),
        null,
        List.of(),
        null);
  }

  @Test
  void countsAreTakenFromTheConflictsListed() {
    RunReport report = withConflicts(3, 2);

    assertThat(report.conflictCounts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ConflictReason.NO_USERNAME, 3, ConflictReason.DUPLICATE_USERNAME_IN_RUN, 2));
    assertThat(report.conflictTotal()).isEqualTo(5);
  }

  @Test
  void listingTheFirstConflictsKeepsTheCountsOfAll() {
    RunReport trimmed = withConflicts(300, 50).withConflictsListedUpTo(200);

    assertThat(trimmed.conflicts()).hasSize(200).allMatch(c -> c.cleverUserId().startsWith("c"));
    assertThat(trimmed.conflicts().get(0).cleverUserId()).isEqualTo("c0");
    assertThat(trimmed.conflictCounts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ConflictReason.NO_USERNAME, 300, ConflictReason.DUPLICATE_USERNAME_IN_RUN, 50));
    assertThat(trimmed.conflictTotal()).isEqualTo(350);
  }

  @Test
  void aShortListIsLeftAsItIs() {
    RunReport report = withConflicts(3, 0);

    assertThat(report.withConflictsListedUpTo(200)).isSameAs(report);
  }

  @Test
  void aTrimmedReportKeepsItsCountsThroughJson() throws Exception {
    RunReport trimmed = withConflicts(300, 50).withConflictsListedUpTo(10);

    RunReport read =
        EventJson.mapper()
            .readValue(EventJson.mapper().writeValueAsBytes(trimmed), RunReport.class);

    assertThat(read).isEqualTo(trimmed);
    assertThat(read.conflictTotal()).isEqualTo(350);
  }

  @Test
  void aReportWrittenBeforeCountsExistedCountsWhatItLists() throws Exception {
    ObjectNode json = EventJson.mapper().valueToTree(withConflicts(4, 1));
    json.remove("conflictCounts");

    RunReport read = EventJson.mapper().treeToValue(json, RunReport.class);

    assertThat(read.conflictCounts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ConflictReason.NO_USERNAME, 4, ConflictReason.DUPLICATE_USERNAME_IN_RUN, 1));
  }
}
