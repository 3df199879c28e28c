package io.rosterbridge.cleverfetcher.service;

import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertComplete;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.repository.CursorRepository;
import io.rosterbridge.cleverfetcher.support.Commands;
import io.rosterbridge.cleverfetcher.support.RunMessages;
import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.Messiness;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.fault.FaultType;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.Mutations;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverSection;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.run.SectionFetched;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.sync.SyncMode;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Incremental runs read the Events API from the cursor the last full read left. */
@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class IncrementalReadTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @InjectCleverSim CleverSimulator clever;
  @Inject CursorRepository cursors;

  @AfterEach
  void clearFaults() {
    clever.faults().clear();
  }

  @Test
  void publishesExactlyTheRenamesMovesAndRemovalsSinceTheFullRead() {
    District district = district();
    fullRead(district);
    List<String> students = usersWithRole(district, "student", 3);
    String teacher = usersWithRole(district, "teacher", 1).get(0);
    String renamed = students.get(0);
    String moved = students.get(1);
    String removed = students.get(2);
    String newSchool = otherSchool(district, moved);
    Mutations changes = clever.simulator().mutations(district.id());
    changes.update(RecordType.USERS, renamed, name("Renamed"));
    changes.changeUsername(teacher, "teacher", "new.username");
    changes.moveStudent(moved, newSchool);
    changes.remove(RecordType.USERS, removed);
    List<String> expected = expectedFromEventLog(district);

    Commands.request(district.id(), SyncMode.INCREMENTAL);
    List<CleverRecordsMessage> run =
        RunMessages.byRun(RunMessages.awaitRuns(district.id(), 2, WAIT)).get(1);

    assertThat(((RunStarted) run.get(0)).mode()).isEqualTo(SyncMode.INCREMENTAL);
    List<CleverRecordsMessage> records = run.subList(1, run.size() - 1);
    assertThat(records)
        .extracting(IncrementalReadTest::describe)
        .containsExactlyElementsOf(expected);
    assertThat(user(records, renamed).name().last()).isEqualTo("Renamed");
    assertThat(user(records, teacher).role(CleverRoleType.TEACHER).orElseThrow().districtUsername())
        .isEqualTo("new.username");
    assertThat(user(records, moved).role(CleverRoleType.STUDENT).orElseThrow().primarySchoolId())
        .isEqualTo(newSchool);
    Map<String, CleverSection> lastOfEachSection = new HashMap<>();
    records.stream()
        .filter(SectionFetched.class::isInstance)
        .map(m -> ((SectionFetched) m).section())
        .forEach(section -> lastOfEachSection.put(section.id(), section));
    assertThat(lastOfEachSection.values())
        .isNotEmpty()
        .allMatch(section -> !section.studentIds().contains(removed));
    RunFetched fetched = (RunFetched) run.get(run.size() - 1);
    assertThat(fetched.incremental()).isTrue();
    assertThat(fetched.counts()).isEqualTo(countsOf(records));
  }

  @Test
  void anObjectChangedTwiceInOneNightIsPublishedOnceAsItIsNow() {
    District district = district();
    fullRead(district);
    List<String> sections = new ArrayList<>();
    district.read(
        () -> {
          district
              .collection(RecordType.SECTIONS)
              .forEach(
                  x -> {
                    if (sections.isEmpty()) {
                      sections.add(x.get("id").asText());
                    }
                  });
          return sections;
        });
    String section = sections.get(0);
    Mutations changes = clever.simulator().mutations(district.id());
    ObjectNode first = JsonNodeFactory.instance.objectNode().put("name", "Typing 1");
    ObjectNode second = JsonNodeFactory.instance.objectNode().put("name", "Typing 2");
    changes.update(RecordType.SECTIONS, section, first);
    changes.update(RecordType.SECTIONS, section, second);

    Commands.request(district.id(), SyncMode.INCREMENTAL);
    List<CleverRecordsMessage> run =
        RunMessages.byRun(RunMessages.awaitRuns(district.id(), 2, WAIT)).get(1);

    List<CleverRecordsMessage> records = run.subList(1, run.size() - 1);
    assertThat(records)
        .extracting(IncrementalReadTest::describe)
        .containsExactly("SectionFetched " + section);
    assertThat(((SectionFetched) records.get(0)).section().name()).isEqualTo("Typing 2");
    RunFetched fetched = (RunFetched) run.get(run.size() - 1);
    assertThat(fetched.counts().get(EntityType.SECTION)).isEqualTo(1L);
  }

  @Test
  void aUserLeftWithoutARosteredRoleIsRemovedWhetherUpdatedOrDeleted() {
    District district = district();
    Mutations changes = clever.simulator().mutations(district.id());
    String school = otherSchool(district, usersWithRole(district, "student", 1).get(0));
    String becomesContact = id(changes.create(RecordType.USERS, teacher("Contact", school)));
    String deleted = id(changes.create(RecordType.USERS, teacher("Deleted", school)));
    fullRead(district);
    ObjectNode contactOnly = JsonNodeFactory.instance.objectNode();
    ObjectNode roles = contactOnly.putObject("roles");
    roles.putNull("teacher");
    roles.putObject("contact").put("sis_id", "C-" + becomesContact);
    changes.update(RecordType.USERS, becomesContact, contactOnly);
    // The deleted event's object then carries no roles at all.
    changes.update(
        RecordType.USERS, deleted, JsonNodeFactory.instance.objectNode().putNull("roles"));
    changes.remove(RecordType.USERS, deleted);

    List<CleverRecordsMessage> run = incremental(district);

    List<CleverRecordsMessage> records = run.subList(1, run.size() - 1);
    assertThat(records)
        .containsExactly(
            new RecordRemoved(run.get(0).runId(), district.id(), EntityType.USER, becomesContact),
            new RecordRemoved(run.get(0).runId(), district.id(), EntityType.USER, deleted));
    RunFetched fetched = (RunFetched) run.get(run.size() - 1);
    assertThat(fetched.incremental()).isTrue();
    assertThat(fetched.counts()).isEqualTo(countsOf(records));
    assertThat(fetched.counts().get(EntityType.USER)).isEqualTo(2L);
  }

  @Test
  void anIncrementalRunWithAStaleCursorReadsInFullAndSaysWhy() {
    District district = district();
    fullRead(district);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                cursors.findById(district.id()).validFrom = Instant.parse("2020-01-01T00:00:00Z"));

    List<CleverRecordsMessage> run = incremental(district);

    assertThat(((RunStarted) run.get(0)).mode()).isEqualTo(SyncMode.FULL);
    assertThat(assertComplete(run, district).incremental()).isFalse();
    assertThat(view(run.get(0).runId()).getString("fallbackReason"))
        .isEqualTo("the events cursor dates from 2020-01-01T00:00:00Z, over 25 days ago");
  }

  @Test
  void anIncrementalRunWhoseEventsAnswerIsUnusableReadsInFullAndSaysWhy() {
    District district = district();
    fullRead(district);
    clever.faults().add(FaultSpec.times(1, "/v3.0/events", FaultType.MISSING_DATA));

    List<CleverRecordsMessage> run = incremental(district);

    assertThat(((RunStarted) run.get(0)).mode()).isEqualTo(SyncMode.FULL);
    assertComplete(run, district);
    assertThat(view(run.get(0).runId()).getString("fallbackReason"))
        .isEqualTo(
            "the Events API answer cannot be used:"
                + " GET /v3.0/events?limit=50: the response has no data array");
  }

  @Test
  void anIncrementalRunWithoutACursorReadsInFull() {
    District district = district();
    Commands.request(district.id(), SyncMode.INCREMENTAL);
    List<CleverRecordsMessage> run = RunMessages.awaitRuns(district.id(), 1, WAIT);

    assertThat(((RunStarted) run.get(0)).mode()).isEqualTo(SyncMode.FULL);
    assertComplete(run, district);
    assertThat(view(run.get(0).runId()).getString("fallbackReason"))
        .isEqualTo("no events cursor yet: no full read with the Events API has completed");
  }

  /** A district with several schools, so that a student can move. */
  private District district() {
    GeneratorSpec spec =
        new GeneratorSpec(
            TestDistricts.nextSeed(), 3, 120, 12, 3, 1, 5, 4, 0.1, 0.05, 0.1, Messiness.NONE);
    return TestDistricts.connect(clever, spec);
  }

  private void fullRead(District district) {
    Commands.request(district.id(), SyncMode.FULL);
    assertComplete(RunMessages.awaitRuns(district.id(), 1, WAIT), district);
  }

  private List<CleverRecordsMessage> incremental(District district) {
    Commands.request(district.id(), SyncMode.INCREMENTAL);
    return RunMessages.byRun(RunMessages.awaitRuns(district.id(), 2, WAIT)).get(1);
  }

  private static List<String> usersWithRole(District district, String role, int count) {
    List<String> ids = new ArrayList<>();
    district.read(
        () -> {
          district
              .collection(RecordType.USERS)
              .forEach(
                  u -> {
                    if (ids.size() < count
                        && u.path("roles").size() == 1
                        && u.path("roles").has(role)) {
                      ids.add(u.get("id").asText());
                    }
                  });
          return ids;
        });
    return ids;
  }

  private static String otherSchool(District district, String studentId) {
    return district.read(
        () -> {
          String current =
              district
                  .collection(RecordType.USERS)
                  .get(studentId)
                  .orElseThrow()
                  .path("roles")
                  .path("student")
                  .path("school")
                  .asText();
          List<String> others = new ArrayList<>();
          district
              .collection(RecordType.SCHOOLS)
              .forEach(
                  s -> {
                    if (!s.get("id").asText().equals(current)) {
                      others.add(s.get("id").asText());
                    }
                  });
          return others.get(0);
        });
  }

  /** A teacher of one school, in no section. */
  private static ObjectNode teacher(String last, String school) {
    ObjectNode user = JsonNodeFactory.instance.objectNode();
    user.putObject("name").put("first", "Taylor").put("last", last);
    ObjectNode role = user.putObject("roles").putObject("teacher").put("school", school);
    role.putArray("schools").add(school);
    role.putObject("credentials").put("district_username", "taylor." + last.toLowerCase());
    return user;
  }

  private static String id(JsonNode object) {
    return object.get("id").asText();
  }

  private static ObjectNode name(String last) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    patch.putObject("name").put("last", last);
    return patch;
  }

  /** What the simulator's event log says an incremental run must publish, in order. */
  /** One message per object the events touched, in the order of each object's last event. */
  private static List<String> expectedFromEventLog(District district) {
    Map<String, String> latest = new java.util.LinkedHashMap<>();
    district.read(
        () -> {
          district
              .events()
              .forEach(
                  e -> {
                    String type = e.path("type").asText();
                    String key =
                        type.substring(0, type.indexOf('.'))
                            + ":"
                            + e.path("data").path("object").path("id").asText();
                    latest.remove(key);
                    latest.put(key, expectation(e));
                  });
          return latest;
        });
    return new ArrayList<>(latest.values());
  }

  private static String expectation(JsonNode event) {
    String type = event.path("type").asText();
    String id = event.path("data").path("object").path("id").asText();
    String kind = type.substring(0, type.indexOf('.'));
    boolean removed =
        type.endsWith(".deleted") || (kind.equals("users") && !rostered(event.path("data")));
    String message =
        removed
            ? "RecordRemoved"
            : kind.equals("users")
                ? "UserFetched"
                : kind.equals("sections") ? "SectionFetched" : type;
    return message + " " + id;
  }

  private static boolean rostered(JsonNode data) {
    JsonNode roles = data.path("object").path("roles");
    return List.of("student", "teacher", "staff", "district_admin").stream().anyMatch(roles::has);
  }

  private static String describe(CleverRecordsMessage message) {
    if (message instanceof UserFetched user) {
      return "UserFetched " + user.user().id();
    }
    if (message instanceof SectionFetched section) {
      return "SectionFetched " + section.section().id();
    }
    if (message instanceof RecordRemoved removed) {
      return "RecordRemoved " + removed.cleverId();
    }
    return message.getClass().getSimpleName();
  }

  private static io.rosterbridge.events.clever.CleverUser user(
      List<CleverRecordsMessage> records, String id) {
    return records.stream()
        .filter(UserFetched.class::isInstance)
        .map(m -> ((UserFetched) m).user())
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Map<EntityType, Long> countsOf(List<CleverRecordsMessage> records) {
    Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      counts.put(type, 0L);
    }
    for (CleverRecordsMessage m : records) {
      if (m instanceof UserFetched) {
        counts.merge(EntityType.USER, 1L, Long::sum);
      } else if (m instanceof RecordRemoved removed) {
        counts.merge(removed.entityType(), 1L, Long::sum);
      } else if (m instanceof SectionFetched s) {
        counts.merge(EntityType.SECTION, 1L, Long::sum);
        long enrollments =
            s.section().studentIds().stream().distinct().count()
                + s.section().teacherIds().stream().distinct().count();
        counts.merge(EntityType.ENROLLMENT, enrollments, Long::sum);
      }
    }
    return counts;
  }
}
