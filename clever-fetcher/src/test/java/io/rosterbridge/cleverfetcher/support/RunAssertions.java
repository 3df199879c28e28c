package io.rosterbridge.cleverfetcher.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.sync.RunStage;
import java.util.List;

/** Checks on the messages of one run of a district. */
public final class RunAssertions {

  private RunAssertions() {}

  /** The run read everything the district holds and closed with RunFetched. */
  public static RunFetched assertComplete(List<CleverRecordsMessage> run, District district) {
    assertFramed(run);
    assertThat(run).noneMatch(RunFailed.class::isInstance);
    assertThat(run.get(run.size() - 1)).isInstanceOf(RunFetched.class);
    RunFetched fetched = (RunFetched) run.get(run.size() - 1);
    assertThat(fetched.counts()).isEqualTo(SourceCounts.of(district));
    assertThat(view(fetched.runId()).getString("status")).isEqualTo("FETCHED");
    return fetched;
  }

  /** The run ended with exactly this failure, and never with RunFetched. */
  public static RunFailed assertFailed(
      List<CleverRecordsMessage> run, RunFailureReason reason, String message) {
    RunFailed failed = assertFailedAs(run, reason);
    assertThat(failed.message()).isEqualTo(message);
    assertThat(view(failed.runId()).getString("failure.message")).isEqualTo(message);
    return failed;
  }

  /**
   * The run ended with this failure, its message starting with ours ({@code start}) and going on
   * with what a library said, and never with RunFetched.
   */
  public static RunFailed assertFailedStartingWith(
      List<CleverRecordsMessage> run, RunFailureReason reason, String start) {
    RunFailed failed = assertFailedAs(run, reason);
    assertThat(failed.message()).startsWith(start);
    assertThat(view(failed.runId()).getString("failure.message")).isEqualTo(failed.message());
    return failed;
  }

  private static RunFailed assertFailedAs(List<CleverRecordsMessage> run, RunFailureReason reason) {
    assertFramed(run);
    assertThat(run).noneMatch(RunFetched.class::isInstance);
    assertThat(run).filteredOn(RunFailed.class::isInstance).hasSize(1);
    RunFailed failed = (RunFailed) run.get(run.size() - 1);
    assertThat(failed.stage()).isEqualTo(RunStage.FETCH);
    assertThat(failed.reason()).isEqualTo(reason);
    JsonPath view = view(failed.runId());
    assertThat(view.getString("status")).isEqualTo("FAILED");
    assertThat(view.getString("failure.reason")).isEqualTo(reason.name());
    return failed;
  }

  /** GET /runs/{id}. */
  public static JsonPath view(String runId) {
    return given().get("/runs/{id}", runId).then().statusCode(200).extract().jsonPath();
  }

  private static void assertFramed(List<CleverRecordsMessage> run) {
    assertThat(run).isNotEmpty();
    assertThat(run.get(0)).isInstanceOf(RunStarted.class);
    assertThat(run).filteredOn(RunStarted.class::isInstance).hasSize(1);
    assertThat(run).extracting(CleverRecordsMessage::runId).containsOnly(run.get(0).runId());
  }
}
