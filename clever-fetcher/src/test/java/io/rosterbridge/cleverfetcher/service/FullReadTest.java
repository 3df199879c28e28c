package io.rosterbridge.cleverfetcher.service;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertComplete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.support.Commands;
import io.rosterbridge.cleverfetcher.support.RunMessages;
import io.rosterbridge.cleverfetcher.support.SourceCounts;
import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.fault.ActiveFault;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.Mutations;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.clever.CleverRole;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class FullReadTest {

  private static final Duration WAIT = Duration.ofMinutes(3);
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> ROSTERED =
      List.of("student", "teacher", "staff", "district_admin");

  @InjectCleverSim CleverSimulator clever;

  @Test
  void publishesA25000UserDistrictCompletelyInPagesOf100() {
    assertPublishedCompletely(TestDistricts.LARGE_SMALL_PAGES);
  }

  @Test
  void publishesA25000UserDistrictCompletelyInPagesOf10000() {
    assertPublishedCompletely(TestDistricts.LARGE_LARGE_PAGES);
  }

  @Test
  void aUserWhoseRolesChangeBetweenTheRoleListsIsPublishedOnce() {
    District district = TestDistricts.connect(clever, TestDistricts.ONE_PAGE_PER_ROLE);
    Mutations changes = clever.simulator().mutations(district.id());
    String school = anySchool(district);
    String gains = id(changes.create(RecordType.USERS, user("gains", staff(school), null)));
    String loses =
        id(changes.create(RecordType.USERS, user("loses", staff(school), teacher(school))));
    // Users are read student, teacher, staff, district_admin, one page each: the third users
    // request is the staff list, after the teacher list was read. It waits while the roles change.
    ActiveFault slow = clever.faults().add(FaultSpec.latency("/v3.0/users", 1_500, 3));

    Commands.request(district.id(), SyncMode.FULL);
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(10))
        .until(() -> slow.toJson().path("remaining").asInt() == 0);
    changes.update(RecordType.USERS, gains, roles("teacher", teacher(school)));
    changes.update(RecordType.USERS, loses, roles("teacher", null));
    List<CleverRecordsMessage> messages = RunMessages.awaitRuns(district.id(), 1, WAIT);

    assertComplete(messages, district);
    Map<String, CleverUser> users = usersById(messages);
    assertThat(users.keySet()).isEqualTo(rosteredUserIds(district));
    assertThat(users.get(gains).roles())
        .extracting(CleverRole::type)
        .containsExactly(CleverRoleType.TEACHER, CleverRoleType.STAFF);
    // Published from the teacher list, as it was read; the next run reads it as it is now.
    assertThat(users.get(loses).roles())
        .extracting(CleverRole::type)
        .containsExactly(CleverRoleType.TEACHER, CleverRoleType.STAFF);
  }

  @AfterEach
  void clearFaults() {
    clever.faults().clear();
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

  /** The users published, by id; each must be published once. */
  private static Map<String, CleverUser> usersById(List<CleverRecordsMessage> messages) {
    Map<String, CleverUser> users = new HashMap<>();
    messages.stream()
        .filter(UserFetched.class::isInstance)
        .map(m -> ((UserFetched) m).user())
        .forEach(u -> assertThat(users.put(u.id(), u)).as("published twice: " + u.id()).isNull());
    return users;
  }

  private static Set<String> rosteredUserIds(District district) {
    Set<String> ids = new HashSet<>();
    district.read(
        () -> {
          district
              .collection(RecordType.USERS)
              .forEach(
                  u -> {
                    JsonNode roles = u.path("roles");
                    if (ROSTERED.stream().anyMatch(roles::has)) {
                      ids.add(u.get("id").asText());
                    }
                  });
          return ids;
        });
    return ids;
  }

  private static String anySchool(District district) {
    return district.read(
        () -> {
          List<String> ids = new ArrayList<>();
          district.collection(RecordType.SCHOOLS).forEach(s -> ids.add(s.get("id").asText()));
          return ids.get(0);
        });
  }

  private static ObjectNode user(String username, ObjectNode staff, ObjectNode teacher) {
    ObjectNode user = JSON.objectNode();
    user.putObject("name").put("first", username).put("last", "Multirole");
    ObjectNode roles = user.putObject("roles");
    roles.set("staff", staff);
    if (teacher != null) {
      roles.set("teacher", teacher);
    }
    return user;
  }

  private static ObjectNode staff(String school) {
    ObjectNode role = JSON.objectNode().put("staff_id", "S-" + school);
    role.putArray("schools").add(school);
    return role;
  }

  private static ObjectNode teacher(String school) {
    ObjectNode role = JSON.objectNode().put("school", school).put("sis_id", "T-" + school);
    role.putArray("schools").add(school);
    return role;
  }

  /** A merge patch setting one role (null removes it). */
  private static ObjectNode roles(String role, ObjectNode value) {
    ObjectNode patch = JSON.objectNode();
    patch.putObject("roles").set(role, value == null ? JSON.nullNode() : value);
    return patch;
  }

  private static String id(JsonNode object) {
    return object.get("id").asText();
  }

  private static Set<String> userIds(List<CleverRecordsMessage> messages) {
    Set<String> ids = new HashSet<>();
    messages.stream()
        .filter(UserFetched.class::isInstance)
        .forEach(m -> assertThat(ids.add(((UserFetched) m).user().id())).isTrue());
    return ids;
  }
}
