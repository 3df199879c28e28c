package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.RunCompleted;
import io.rosterbridge.events.report.RunHeld;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.CtlTestProfile;
import io.rosterbridge.rosterctl.support.ExpectedReports;
import io.rosterbridge.rosterctl.support.Published;
import io.rosterbridge.rosterctl.support.SampleReports;
import io.rosterbridge.testsupport.KafkaTestClient;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code rosterctl sync --wait}: the test plays the pipeline, publishing the run's progress and
 * report on the real broker, and checks what rosterctl shows and how it exits.
 */
@QuarkusTest
@TestProfile(CtlTestProfile.class)
class SyncWaitTest {

  @Inject Instance<CommandLine> commandLines;

  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final String district =
      "5f" + UUID.randomUUID().toString().replace("-", "").substring(0, 22);
  private final String runId = "run-" + UUID.randomUUID();

  @AfterEach
  void stop() {
    background.shutdownNow();
  }

  @Test
  void aCompletedRunPrintsItsReportAndExitsZero() throws Exception {
    Future<CtlResult> waiting = syncWait("30s");
    SyncRequested command = awaitCommand();

    progress(command.commandId(), RunState.QUEUED, Map.of());
    // The run was started by an earlier command: its later messages carry that one's id.
    progress("manual-earlier", RunState.RUNNING, Map.of(EntityType.USER, 120L));
    progress(
        "manual-earlier",
        RunState.COMPLETED,
        Map.of(EntityType.USER, 250L, EntityType.SECTION, 40L));
    report(new RunCompleted("run-of-someone-else", district, SampleReports.held("x", district)));
    report(new RunCompleted(runId, district, SampleReports.completed(runId, district)));

    CtlResult result = waiting.get(60, TimeUnit.SECONDS);
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "requested a FULL sync of district "
                + district
                + " as ops: command "
                + command.commandId()
                + "\n"
                + ExpectedReports.completed(runId, district));
    assertThat(result.err().lines())
        .map(line -> line.substring(9)) // the local time of day
        .containsExactly(
            "run " + runId + " FETCH QUEUED: fetch 0 | match - | write -",
            "run " + runId + " FETCH RUNNING: fetch 120 | match - | write -",
            "run " + runId + " FETCH COMPLETED: fetch 290 | match - | write -");
  }

  @Test
  void aHeldRunPrintsWhatIsHeldAndExitsTwo() throws Exception {
    Future<CtlResult> waiting = syncWait("30s");
    SyncRequested command = awaitCommand();

    progress(command.commandId(), RunState.RUNNING, Map.of());
    report(new RunHeld(runId, district, SampleReports.held(runId, district)));

    CtlResult result = waiting.get(60, TimeUnit.SECONDS);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).endsWith(ExpectedReports.held(runId, district));
  }

  @Test
  void aFailedRunPrintsWhyAndExitsOne() throws Exception {
    Future<CtlResult> waiting = syncWait("30s");
    SyncRequested command = awaitCommand();

    progress(command.commandId(), RunState.FAILED, Map.of());
    Instant failedAt = Instant.parse("2025-03-04T08:00:03Z");
    report(
        new RunFailed(
            runId,
            district,
            RunStage.FETCH,
            RunFailureReason.DISTRICT_DISCONNECTED,
            "district " + district + " is not connected: Clever has no token",
            failedAt));

    CtlResult result = waiting.get(60, TimeUnit.SECONDS);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .endsWith(
            "Run "
                + runId
                + " of district "
                + district
                + " FAILED at stage fetch: DISTRICT_DISCONNECTED - district "
                + district
                + " is not connected: Clever has no token\n"
                + "  failed at 2025-03-04 08:00:03Z; nothing was swept\n");
  }

  @Test
  void noRunBeforeTheTimeoutExitsThree() throws Exception {
    Future<CtlResult> waiting = syncWait("3s");
    awaitCommand();

    CtlResult result = waiting.get(60, TimeUnit.SECONDS);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo("timed out after 3s: no run took the command; is clever-fetcher running?\n");
  }

  @Test
  void aRunStillGoingAtTheTimeoutSaysHowToFollowIt() throws Exception {
    Future<CtlResult> waiting = syncWait("4s");
    SyncRequested command = awaitCommand();
    progress(command.commandId(), RunState.RUNNING, Map.of(EntityType.USER, 10L));

    CtlResult result = waiting.get(60, TimeUnit.SECONDS);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .endsWith(
            "timed out after 4s waiting for run "
                + runId
                + " (last seen: FETCH RUNNING); it goes on: rosterctl report --run "
                + runId
                + "\n");
  }

  private Future<CtlResult> syncWait(String timeout) {
    CommandLine commandLine = commandLines.get();
    return background.submit(
        () ->
            Ctl.run(
                commandLine,
                "sync",
                "--district",
                district,
                "--wait",
                "--timeout",
                timeout,
                "--progress",
                "lines",
                "--as",
                "ops"));
  }

  private SyncRequested awaitCommand() {
    return Published.value(Published.commandKeyed(district));
  }

  private void progress(String commandId, RunState state, Map<EntityType, Long> records) {
    send(
        Topics.RUN_STATUS,
        new RunProgress(runId, district, commandId, RunStage.FETCH, state, records, Instant.now()));
  }

  private void report(RosterEvent report) {
    send(Topics.SYNC_REPORTS, report);
  }

  private void send(String topic, RosterEvent event) {
    KafkaTestClient.send(topic, district, event);
  }
}
