package io.rosterbridge.cleverfetcher.service;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertComplete;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.messaging.NightlyTrigger;
import io.rosterbridge.cleverfetcher.repository.ConnectionRepository;
import io.rosterbridge.cleverfetcher.support.Commands;
import io.rosterbridge.cleverfetcher.support.RunMessages;
import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.fault.ActiveFault;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.fault.FaultType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands for every connected district. They read every district the simulator connects, so this
 * class has a simulator (and database) of its own, and each test connects only its own districts.
 */
@QuarkusTest
@TestProfile(AllDistrictsTest.OwnSimulator.class)
class AllDistrictsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String TOKENS = "/oauth/tokens";

  /** The fetcher's test setup, started again with a simulator of this class's own. */
  public static class OwnSimulator extends FetcherTestProfile {}

  @InjectCleverSim CleverSimulator clever;
  @Inject NightlyTrigger nightly;
  @Inject ConnectionRepository connections;

  @BeforeEach
  void noDistrictIsConnectedOrKnown() {
    clever.faults().clear();
    clever.districts().all().forEach(d -> clever.districts().disconnect(d.id()));
    QuarkusTransaction.requiringNew().run(() -> connections.deleteAll());
  }

  @AfterEach
  void clearFaults() {
    clever.faults().clear();
  }

  @Test
  void theNightlyTriggerAsksForEveryConnectedDistrictAndEachIsRead() {
    District first = TestDistricts.fresh(clever, 100);
    District second = TestDistricts.fresh(clever, 100);

    SyncRequested command = nightly.request(uniqueNight());

    assertThat(command.districtId()).isEqualTo(Topics.ALL_DISTRICTS);
    assertNightlyRun(first, command, 1);
    assertNightlyRun(second, command, 1);
    assertThat(districtsRunFor(command)).containsExactlyInAnyOrder(first.id(), second.id());
  }

  @Test
  void whenCleverKeepsFailingToListTheDistrictsTheNightReadsThoseAlreadyKnown() {
    District known = TestDistricts.fresh(clever, 100);
    Commands.request(known.id(), SyncMode.FULL);
    assertComplete(RunMessages.awaitRuns(known.id(), 1, WAIT), known);
    District notYetKnown = TestDistricts.fresh(clever, 100);
    ActiveFault down =
        clever.faults().add(FaultSpec.times(100, TOKENS, FaultType.SERVER_ERROR).withStatus(503));

    SyncRequested command = nightly.request(uniqueNight());

    assertNightlyRun(known, command, 2);
    assertThat(districtsRunFor(command)).containsExactly(known.id());
    // The first request and the test profile's three retries.
    assertThat(remaining(down)).isEqualTo(100 - 4);
  }

  @Test
  void aRateLimitedListOfDistrictsIsWaitedOutAndEveryConnectedDistrictIsRead() {
    District first = TestDistricts.fresh(clever, 100);
    District second = TestDistricts.fresh(clever, 100);
    ActiveFault limited = clever.faults().add(FaultSpec.times(2, TOKENS, FaultType.RATE_LIMIT));

    SyncRequested command = nightly.request(uniqueNight());

    assertNightlyRun(first, command, 1);
    assertNightlyRun(second, command, 1);
    assertThat(districtsRunFor(command)).containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(remaining(limited)).isZero();
  }

  private static int remaining(ActiveFault fault) {
    return fault.toJson().path("remaining").asInt();
  }

  /** The last of {@code runs} runs of the district is complete and serves the command. */
  private static void assertNightlyRun(District district, SyncRequested command, int runs) {
    List<List<CleverRecordsMessage>> all =
        RunMessages.byRun(RunMessages.awaitRuns(district.id(), runs, WAIT));
    List<CleverRecordsMessage> last = all.get(all.size() - 1);
    assertComplete(last, district);
    RunStarted started = (RunStarted) last.get(0);
    assertThat(started.commandId()).isEqualTo(command.commandId());
    assertThat(started.trigger()).isEqualTo(SyncTrigger.NIGHTLY);
  }

  private static List<String> districtsRunFor(SyncRequested command) {
    return given()
        .queryParam("commandId", command.commandId())
        .get("/runs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("districtId", String.class);
  }

  /** A night no other test of this JVM asks for, so that its command id is new. */
  private static Instant uniqueNight() {
    return LocalDate.of(2001, 1, 1)
        .plusDays(TestDistricts.nextSeed() % 20_000)
        .atTime(12, 0)
        .atZone(ZoneId.of("America/Los_Angeles"))
        .toInstant();
  }
}
