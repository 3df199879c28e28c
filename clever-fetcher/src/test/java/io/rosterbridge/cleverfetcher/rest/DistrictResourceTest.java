package io.rosterbridge.cleverfetcher.rest;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertComplete;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertFailed;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.support.Commands;
import io.rosterbridge.cleverfetcher.support.RunMessages;
import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** GET /districts: connected districts and districts with runs, each with its latest run. */
@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class DistrictResourceTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @InjectCleverSim CleverSimulator clever;

  @Test
  void aSyncedDistrictIsConnectedWithItsLatestRun() {
    District district = unseenDistrict();
    Commands.request(district.id(), SyncMode.FULL);
    assertComplete(runs(district.id(), 1).get(0), district);
    SyncRequested second = Commands.request(district.id(), SyncMode.FULL);
    RunFetched latest = assertComplete(runs(district.id(), 2).get(1), district);

    JsonPath view = district(districts(false), district.id());

    assertThat(view.getString("connection")).isEqualTo("CONNECTED");
    assertThat(view.getString("source")).isEqualTo("DISCOVERED");
    assertLastRun(view, latest.runId(), "FETCHED");
    assertThat(view.getList("lastRun.commandIds")).containsExactly(second.commandId());
  }

  @Test
  void aDistrictThatDisconnectedIsShownDisconnectedOnceRefreshed() {
    District district = unseenDistrict();
    Commands.request(district.id(), SyncMode.FULL);
    RunFetched fetched = assertComplete(runs(district.id(), 1).get(0), district);

    clever.districts().disconnect(district.id());

    // Without a refresh the fetcher shows what it last knew: the stored connection.
    assertThat(district(districts(false), district.id()).getString("connection"))
        .isEqualTo("CONNECTED");
    JsonPath refreshed = district(districts(true), district.id());
    assertThat(refreshed.getString("connection")).isEqualTo("DISCONNECTED");
    assertThat(refreshed.getString("source")).isNull();
    assertLastRun(refreshed, fetched.runId(), "FETCHED");
  }

  @Test
  void aRefreshListsANewlyConnectedDistrictThatNeverRan() {
    District district = unseenDistrict();

    JsonPath view = district(districts(true), district.id());

    assertThat(view.getString("connection")).isEqualTo("CONNECTED");
    assertThat(view.getString("source")).isEqualTo("DISCOVERED");
    assertThat(view.getMap("lastRun")).isNull();
  }

  @Test
  void aDistrictNeverConnectedIsListedByItsFailedRun() {
    String districtId = "5f" + UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    Commands.request(districtId, SyncMode.FULL);
    RunFailed failed =
        assertFailed(
            runs(districtId, 1).get(0),
            RunFailureReason.DISTRICT_DISCONNECTED,
            "district " + districtId + " is not connected: Clever has no token");

    JsonPath view = district(districts(false), districtId);

    assertThat(view.getString("connection")).isEqualTo("DISCONNECTED");
    assertThat(view.getString("source")).isNull();
    assertLastRun(view, failed.runId(), "FAILED");
    assertThat(view.getString("lastRun.failure.reason")).isEqualTo("DISTRICT_DISCONNECTED");
  }

  @Test
  void theListIsOrderedByDistrictId() {
    unseenDistrict();
    List<String> ids = districts(true).getList("districtId", String.class);
    assertThat(ids).isNotEmpty().isSorted().doesNotHaveDuplicates();
  }

  /**
   * A district of its own: a seed drawn at random, so that not even the runs of an earlier test JVM
   * on the same broker share its id.
   */
  private District unseenDistrict() {
    long seed = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    return TestDistricts.connect(clever, GeneratorSpec.ofUsers(seed, 100));
  }

  private static void assertLastRun(JsonPath district, String runId, String status) {
    assertThat(district.getString("lastRun.runId")).isEqualTo(runId);
    assertThat(district.getString("lastRun.status")).isEqualTo(status);
    assertThat(district.getString("lastRun.districtId"))
        .isEqualTo(district.getString("districtId"));
  }

  private static JsonPath districts(boolean refresh) {
    return given()
        .queryParam("refresh", refresh)
        .get("/districts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The one entry of {@code districtId} in the list, as its own document. */
  private static JsonPath district(JsonPath list, String districtId) {
    String match = "{ it.districtId == '" + districtId + "' }";
    List<Map<String, Object>> entries = list.getList("findAll " + match);
    assertThat(entries).as("entries of district %s", districtId).hasSize(1);
    return JsonPath.from(list.prettify()).setRootPath("find " + match);
  }

  private static List<List<CleverRecordsMessage>> runs(String districtId, int count) {
    return RunMessages.byRun(RunMessages.awaitRuns(districtId, count, WAIT));
  }
}
