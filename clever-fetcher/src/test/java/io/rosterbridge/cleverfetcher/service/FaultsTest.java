package io.rosterbridge.cleverfetcher.service;

import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertComplete;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertFailed;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertFailedStartingWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.support.Commands;
import io.rosterbridge.cleverfetcher.support.Metrics;
import io.rosterbridge.cleverfetcher.support.RunMessages;
import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.fault.FaultType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.SyncMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every fault clever-sim injects ends a run complete (after retries) or as RunFailed with the
 * reason; a failed run never gets a RunFetched.
 */
@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class FaultsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int USERS = 200;

  @InjectCleverSim CleverSimulator clever;

  @AfterEach
  void clearFaults() {
    clever.faults().clear();
  }

  @Test
  void aRateLimitStormIsWaitedOutAndTheRunCompletes() {
    District district = TestDistricts.fresh(clever, USERS);
    double before = Metrics.value("fetcher_rate_limited_total");
    clever.faults().add(FaultSpec.times(2, "/v3.0/users", FaultType.RATE_LIMIT));
    assertComplete(run(district), district);
    assertThat(Metrics.value("fetcher_rate_limited_total") - before).isEqualTo(2.0);
  }

  @Test
  void aRateLimitThatDoesNotEndFailsTheRunAsRateLimited() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.permanent("/v3.0/sections", FaultType.RATE_LIMIT));
    assertFailed(
        run(district), RunFailureReason.RATE_LIMITED, "GET /v3.0/sections?limit=50 answered 429");
  }

  @Test
  void serverErrorsAreRetriedFromTheSameCursorAndTheRunCompletes() {
    District district = TestDistricts.fresh(clever, USERS);
    double before = Metrics.value("fetcher_retries_total{cause=\"server_error\"}");
    clever.faults().add(FaultSpec.times(2, "/v3.0/users", FaultType.SERVER_ERROR).withStatus(503));
    assertComplete(run(district), district);
    assertThat(Metrics.value("fetcher_retries_total{cause=\"server_error\"}") - before)
        .isEqualTo(2.0);
  }

  @Test
  void serverErrorsThatOutlastTheRetriesFailTheRunAsServerError() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.permanent("/v3.0/schools", FaultType.SERVER_ERROR));
    assertFailed(
        run(district), RunFailureReason.SERVER_ERROR, "GET /v3.0/schools?limit=50 answered 500");
  }

  @Test
  void aRequestThatTimesOutIsRetriedAndTheRunCompletes() {
    District district = TestDistricts.fresh(clever, USERS);
    double before = Metrics.value("fetcher_retries_total{cause=\"server_error\"}");
    // Longer than the test profile's request timeout (5 s): only a retry ends the wait in time.
    clever.faults().add(FaultSpec.latency("/v3.0/terms", 6_000, 1));
    assertComplete(run(district), district);
    assertThat(Metrics.value("fetcher_retries_total{cause=\"server_error\"}") - before)
        .isEqualTo(1.0);
  }

  @Test
  void aTruncatedBodyFailsTheRunAsMalformed() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.times(1, "/v3.0/users", FaultType.TRUNCATED_BODY));
    // What follows is the JSON parser's own account of where the body ends.
    assertFailedStartingWith(
        run(district),
        RunFailureReason.MALFORMED_RESPONSE,
        "GET /v3.0/users?role=student&limit=50: unreadable JSON (");
  }

  @Test
  void aPageWithoutDataFailsTheRunAsMalformed() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.times(1, "/v3.0/schools", FaultType.MISSING_DATA));
    assertFailed(
        run(district),
        RunFailureReason.MALFORMED_RESPONSE,
        "GET /v3.0/schools?limit=50: the response has no data array");
  }

  @Test
  void htmlErrorPagesAreRetriedAndTheRunCompletes() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.times(2, "/v3.0/sections", FaultType.HTML_ERROR));
    assertComplete(run(district), district);
  }

  @Test
  void anHtmlPageAnsweredWith200FailsTheRunAsMalformed() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.times(1, "/v3.0/courses", FaultType.HTML_ERROR).withStatus(200));
    assertFailed(
        run(district),
        RunFailureReason.MALFORMED_RESPONSE,
        "GET /v3.0/courses?limit=50: an HTML page instead of JSON");
  }

  @Test
  void aNextLinkToAPageAlreadyReadFailsTheRunAsRepeatedCursor() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.times(1, "/v3.0/sections", FaultType.SELF_NEXT_LINK));
    assertFailed(
        run(district),
        RunFailureReason.REPEATED_CURSOR,
        "GET /v3.0/sections?limit=50 links next to /v3.0/sections?limit=50, which was already read");
  }

  @Test
  void aRefusedTokenIsLookedUpAgainAndTheRunCompletes() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.times(1, "/v3.0/users", FaultType.REVOKED_TOKEN));
    assertComplete(run(district), district);
  }

  @Test
  void aTokenRefusedAgainAfterTheLookupFailsTheRunAsUnauthorized() {
    District district = TestDistricts.fresh(clever, USERS);
    clever.faults().add(FaultSpec.permanent("/v3.0/users", FaultType.REVOKED_TOKEN));
    assertFailed(
        run(district),
        RunFailureReason.UNAUTHORIZED,
        "GET /v3.0/users?role=student&limit=50 answered 401, also with the token looked up again");
  }

  @Test
  void aPageCapReachedWithANextLinkLeftFailsTheRun() {
    District district = TestDistricts.connect(clever, TestDistricts.BEYOND_PAGE_CAP);
    assertFailed(
        run(district),
        RunFailureReason.PAGE_CAP_REACHED,
        "read 300 pages of /v3.0/users and a next link is left");
  }

  private static List<CleverRecordsMessage> run(District district) {
    Commands.request(district.id(), SyncMode.FULL);
    return RunMessages.awaitRuns(district.id(), 1, WAIT);
  }
}
