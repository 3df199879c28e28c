package io.rosterbridge.cleverfetcher.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.support.Commands;
import io.rosterbridge.cleverfetcher.support.RunMessages;
import io.rosterbridge.cleverfetcher.support.SourceCounts;
import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class FullReadTest {

  private static final Duration WAIT = Duration.ofMinutes(3);

  @InjectCleverSim CleverSimulator clever;

  @Test
  void publishesA25000UserDistrictCompletelyInPagesOf100() {
    assertPublishedCompletely(TestDistricts.LARGE_SMALL_PAGES);
  }

  @Test
  void publishesA25000UserDistrictCompletelyInPagesOf10000() {
    assertPublishedCompletely(TestDistricts.LARGE_LARGE_PAGES);
  }

  private void assertPublishedCompletely(GeneratorSpec spec) {
    District district = TestDistricts.connect(clever, spec);
    Map<EntityType, Long> source = SourceCounts.of(district);
    SyncRequested command = Commands.request(district.id(), SyncMode.FULL);

    List<CleverRecordsMessage> messages = RunMessages.awaitRuns(district.id(), 1, WAIT);

    assertThat(messages.get(0)).isInstanceOf(RunStarted.class);
    RunStarted started = (RunStarted) messages.get(0);
    assertThat(started.commandId()).isEqualTo(command.commandId());
    assertThat(started.mode()).isEqualTo(SyncMode.FULL);
    assertThat(messages).extracting(CleverRecordsMessage::runId).containsOnly(started.runId());
    RunFetched fetched = (RunFetched) messages.get(messages.size() - 1);
    assertThat(fetched.counts()).isEqualTo(source);
    assertThat(fetched.incremental()).isFalse();
    assertThat(countsByType(messages)).isEqualTo(published(source));
    assertThat(userIds(messages)).hasSize(source.get(EntityType.USER).intValue());
    given()
        .get("/runs/{id}", started.runId())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("counts")
        .forEach(
            (type, n) ->
                assertThat(((Number) n).longValue())
                    .isEqualTo(source.get(EntityType.valueOf((String) type))));
  }

  private static Map<String, Long> countsByType(List<CleverRecordsMessage> messages) {
    return messages.stream()
        .collect(Collectors.groupingBy(m -> m.getClass().getSimpleName(), Collectors.counting()));
  }

  private static Map<String, Long> published(Map<EntityType, Long> source) {
    return Map.of(
        "RunStarted", 1L,
        "DistrictFetched", source.get(EntityType.DISTRICT),
        "SchoolFetched", source.get(EntityType.SCHOOL),
        "TermFetched", source.get(EntityType.TERM),
        "CourseFetched", source.get(EntityType.COURSE),
        "SectionFetched", source.get(EntityType.SECTION),
        "UserFetched", source.get(EntityType.USER),
        "RunFetched", 1L);
  }

  private static Set<String> userIds(List<CleverRecordsMessage> messages) {
    Set<String> ids = new HashSet<>();
    messages.stream()
        .filter(UserFetched.class::isInstance)
        .forEach(m -> assertThat(ids.add(((UserFetched) m).user().id())).isTrue());
    return ids;
  }
}
