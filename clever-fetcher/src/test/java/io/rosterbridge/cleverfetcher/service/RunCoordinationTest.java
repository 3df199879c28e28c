package io.rosterbridge.cleverfetcher.service;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertComplete;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.config.FetcherConfig;
import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.entity.RunStatus;
import io.rosterbridge.cleverfetcher.repository.CursorRepository;
import io.rosterbridge.cleverfetcher.repository.RunRepository;
import io.rosterbridge.cleverfetcher.support.Commands;
import io.rosterbridge.cleverfetcher.support.RunMessages;
import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.serde.RunStatusDeserializer;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import io.rosterbridge.testsupport.KafkaTestClient;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One run per district at a time: coalescing, queueing, and closing runs whose instance died. */
@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class RunCoordinationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @InjectCleverSim CleverSimulator clever;
  @Inject RunRepository runs;
  @Inject RunLedger ledger;
  @Inject CursorRepository cursors;
  @Inject FetcherConfig config;

  @AfterEach
  void clearFaults() {
    clever.faults().clear();
  }

  @Test
  void twoSimultaneousRequestsForOneDistrictMakeOneRun() {
    District district = TestDistricts.fresh(clever, 200);
    // The run's first request (seeding the events cursor) is slow, so the second command arrives
    // while the first one's run is waiting or reading.
    clever.faults().add(FaultSpec.latency("/v3.0/events", 3_000, 1));
    SyncRequested first = Commands.request(district.id(), SyncMode.FULL);
    SyncRequested second = Commands.request(district.id(), SyncMode.FULL);

    List<CleverRecordsMessage> messages = RunMessages.awaitRuns(district.id(), 1, WAIT);

    assertThat(RunMessages.byRun(messages)).hasSize(1);
    RunFetched fetched = assertComplete(messages, district);
    String runId = fetched.runId();
    assertThat(runIdsOf(first)).containsExactly(runId);
    assertThat(runIdsOf(second)).containsExactly(runId);
    assertThat(view(runId).getList("commandIds"))
        .containsExactly(first.commandId(), second.commandId());
    RunProgress joined = progressOf(second.commandId());
    assertThat(joined.runId()).isEqualTo(runId);
  }

  @Test
  void aPreviewRequestedDuringAFullRunWaitsForItAndRunsAfter() {
    District district = TestDistricts.fresh(clever, 200);
    clever.faults().add(FaultSpec.latency("/v3.0/events", 3_000, 1));
    SyncRequested full = Commands.request(district.id(), SyncMode.FULL);
    SyncRequested preview = Commands.request(district.id(), SyncMode.PREVIEW);

    List<List<CleverRecordsMessage>> both =
        RunMessages.byRun(RunMessages.awaitRuns(district.id(), 2, WAIT));

    assertThat(both).hasSize(2);
    assertComplete(both.get(0), district);
    assertComplete(both.get(1), district);
    assertThat(((RunStarted) both.get(0).get(0)).mode()).isEqualTo(SyncMode.FULL);
    assertThat(((RunStarted) both.get(1).get(0)).mode()).isEqualTo(SyncMode.PREVIEW);
    assertThat(runIdsOf(full)).containsExactly(both.get(0).get(0).runId());
    assertThat(runIdsOf(preview)).containsExactly(both.get(1).get(0).runId());
  }

  @Test
  void aRunWhoseInstanceDiedIsClosedAsInterruptedAndTheNextRequestCompletes() {
    District district = TestDistricts.fresh(clever, 100);
    Instant lastHeartbeat =
        Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String dead = abandonedRun(district.id(), RunStatus.RUNNING, lastHeartbeat, null);

    Commands.request(district.id(), SyncMode.FULL);
    List<List<CleverRecordsMessage>> runs =
        RunMessages.byRun(RunMessages.awaitRuns(district.id(), 2, WAIT));

    String message = "abandoned: instance gone-7 stopped renewing its lease at " + lastHeartbeat;
    assertThat(runs.get(0)).hasSize(1);
    RunFailed interrupted = (RunFailed) runs.get(0).get(0);
    assertThat(interrupted.runId()).isEqualTo(dead);
    assertThat(interrupted.reason()).isEqualTo(RunFailureReason.INTERRUPTED);
    assertThat(interrupted.message()).isEqualTo(message);
    assertThat(view(dead).getString("status")).isEqualTo("FAILED");
    assertThat(view(dead).getString("failure.message")).isEqualTo(message);
    assertComplete(runs.get(1), district);
  }

  @Test
  void aRunWhoseInstanceDiedAfterEveryRecordWasAcknowledgedGetsItsRunFetched() {
    District district = TestDistricts.fresh(clever, 100);
    Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
    counts.put(EntityType.USER, 7L);
    String dead =
        abandonedRun(
            district.id(),
            RunStatus.COMPLETING,
            Instant.now().minus(10, ChronoUnit.MINUTES),
            counts);

    Commands.request(district.id(), SyncMode.FULL);
    List<List<CleverRecordsMessage>> runs =
        RunMessages.byRun(RunMessages.awaitRuns(district.id(), 2, WAIT));

    RunFetched closed = (RunFetched) runs.get(0).get(0);
    assertThat(closed.runId()).isEqualTo(dead);
    assertThat(closed.counts()).isEqualTo(counts);
    assertThat(view(dead).getString("status")).isEqualTo("FETCHED");
    assertComplete(runs.get(1), district);
  }

  @Test
  void ofTwoClaimsOnARunWhoseInstanceDiedOnlyTheFirstSettlesIt() {
    String districtId = String.format("5e%022x", TestDistricts.nextSeed());
    Instant lastHeartbeat = Instant.now().minus(10, ChronoUnit.MINUTES);
    Duration ttl = config.lease().ttl();
    // One transaction, rolled back: no dispatcher sees the run, and nothing is left behind.
    QuarkusTransaction.begin();
    try {
      FetchRun dead = run(districtId, RunStatus.RUNNING, lastHeartbeat, null);
      runs.persist(dead);

      Claim first = ledger.claimNext(districtId, "taker-1", ttl);
      Claim second = ledger.claimNext(districtId, "taker-2", ttl);

      assertThat(first).isEqualTo(new Claim.Abandoned(dead));
      assertThat(dead.owner).isEqualTo("taker-1");
      assertThat(dead.failureReason).isEqualTo(RunFailureReason.INTERRUPTED);
      assertThat(dead.failureMessage)
          .isEqualTo("abandoned: instance gone-7 stopped renewing its lease at " + lastHeartbeat);
      assertThat(second).isEqualTo(new Claim.Busy());
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  @Test
  void anInstanceWhoseClockRunsAheadNeverTakesOverALiveLease() {
    String districtId = String.format("5d%022x", TestDistricts.nextSeed());
    RunLedger fast = ledgerWithClock(Duration.ofMinutes(10));
    Duration ttl = config.lease().ttl();
    QuarkusTransaction.begin();
    try {
      FetchRun live = run(districtId, RunStatus.RUNNING, runs.now(), null);
      runs.persist(live);

      assertThat(fast.claimNext(districtId, "fast-clock", ttl)).isEqualTo(new Claim.Busy());
      assertThat(fast.districtsNeedingWork(ttl)).doesNotContain(districtId);
      assertThat(live.owner).isEqualTo("gone-7");
      assertThat(live.failureReason).isNull();
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  @Test
  void anInstanceWhoseClockRunsBehindRenewsItsLeaseByTheDatabaseClock() {
    String districtId = String.format("5c%022x", TestDistricts.nextSeed());
    RunLedger slow = ledgerWithClock(Duration.ofMinutes(-10));
    QuarkusTransaction.begin();
    try {
      Instant databaseNow = runs.now();
      FetchRun run = run(districtId, RunStatus.RUNNING, databaseNow.minusSeconds(30), null);
      runs.persist(run);

      assertThat(slow.progress(run.runId, "gone-7", new EnumMap<>(EntityType.class))).isTrue();
      assertThat(run.heartbeatAt).isEqualTo(databaseNow);

      run.heartbeatAt = databaseNow.minusSeconds(30);
      runs.flush();
      assertThat(slow.heartbeat("gone-7", List.of(run.runId))).isEmpty();
      runs.getEntityManager().refresh(run);
      assertThat(run.heartbeatAt).isEqualTo(databaseNow);
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  @Test
  void runsAreFoundByIdCommandAndDistrict() {
    given().get("/runs/{id}", "no-such-run").then().statusCode(404);
    given().get("/runs").then().statusCode(400);
    given().queryParam("commandId", "no-such-command").get("/runs").then().statusCode(200);
    assertThat(runIdsOf("no-such-command")).isEmpty();
  }

  /** The ledger of an instance whose clock is {@code skew} off the database's. */
  private RunLedger ledgerWithClock(Duration skew) {
    return new RunLedger(runs, cursors, Clock.offset(Clock.systemUTC(), skew));
  }

  private String abandonedRun(
      String districtId, RunStatus status, Instant heartbeat, Map<EntityType, Long> counts) {
    FetchRun run = run(districtId, status, heartbeat, counts);
    QuarkusTransaction.requiringNew().run(() -> runs.persist(run));
    return run.runId;
  }

  /** A run of instance {@code gone-7}, last renewed at {@code heartbeat}. */
  private static FetchRun run(
      String districtId, RunStatus status, Instant heartbeat, Map<EntityType, Long> counts) {
    FetchRun run = new FetchRun();
    run.runId = UUID.randomUUID().toString();
    run.districtId = districtId;
    run.commandId = "cmd-" + UUID.randomUUID();
    run.requestedMode = SyncMode.FULL;
    run.mode = SyncMode.FULL;
    run.trigger = SyncTrigger.MANUAL;
    run.requestedBy = "support@test";
    run.status = status;
    run.owner = "gone-7";
    run.heartbeatAt = heartbeat;
    run.counts = counts;
    run.createdAt = heartbeat.minusSeconds(60);
    run.startedAt = heartbeat.minusSeconds(60);
    return run;
  }

  private static List<String> runIdsOf(SyncRequested command) {
    return runIdsOf(command.commandId());
  }

  private static List<String> runIdsOf(String commandId) {
    return given()
        .queryParam("commandId", commandId)
        .get("/runs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("runId", String.class);
  }

  private static RunProgress progressOf(String commandId) {
    RunStatusDeserializer deserializer = new RunStatusDeserializer();
    var record =
        KafkaTestClient.awaitRecord(
            Topics.RUN_STATUS,
            r ->
                commandId.equals(
                    deserializer.deserialize(r.topic(), r.headers(), r.value()).commandId()),
            WAIT);
    return deserializer.deserialize(record.topic(), record.headers(), record.value());
  }
}
