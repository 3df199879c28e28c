package io.rosterbridge.cleversim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.Messiness;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.support.MutableClock;
import io.rosterbridge.cleversim.support.SimClient;
import io.rosterbridge.cleversim.support.SimClient.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admin mutations change the district and append the matching Clever events. */
class MutationsTest {

  private static final GeneratorSpec SPEC =
      new GeneratorSpec(9, 2, 200, 10, 3, 1, 10, 4, 0.5, 0.0, 0.5, Messiness.NONE);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
  private CleverSimulator clever;
  private SimClient client;
  private String token;

  @BeforeEach
  void start() {
    clever = CleverSimulator.start(SimConfig.builder().generate(SPEC).clock(clock).build());
    client = new SimClient(clever.baseUrl());
    token = clever.districtToken();
  }

  @AfterEach
  void stop() {
    clever.close();
  }

  @Test
  void creatingUpdatingAndRemovingAUserEmitsCreatedUpdatedDeleted() {
    String school = firstId("schools");
    Reply created =
        admin(
            "POST",
            "users",
            "{\"name\":{\"first\":\"New\",\"last\":\"Kid\"},\"roles\":{\"student\":"
                + "{\"sis_id\":\"N1\",\"school\":\""
                + school
                + "\",\"schools\":[\""
                + school
                + "\"],\"enrollments\":[{\"school\":\""
                + school
                + "\"}]}}}");
    assertThat(created.status()).isEqualTo(201);
    ObjectNode user = (ObjectNode) created.json();
    String id = user.get("id").asText();
    assertThat(id).matches("[0-9a-f]{24}");
    assertThat(user.get("district").asText()).isEqualTo(clever.districtId());
    assertThat(user.get("created").asText()).isEqualTo("2026-03-02T12:00:00.000Z");
    assertThat(api("/v3.0/users/" + id).get("data")).isEqualTo(user);

    clock.advance(Duration.ofMinutes(5));
    Reply updated =
        admin("PATCH", "users/" + id, "{\"name\":{\"first\":\"Newer\"},\"email\":\"n@x.org\"}");
    assertThat(updated.json().at("/name/first").asText()).isEqualTo("Newer");
    clock.advance(Duration.ofMinutes(5));
    Reply removed = admin("DELETE", "users/" + id, "");
    assertThat(removed.json()).isEqualTo(updated.json());
    assertThat(client.get("/v3.0/users/" + id, token).status()).isEqualTo(404);

    List<JsonNode> events = events("/v3.0/events");
    assertThat(events)
        .extracting(e -> e.get("type").asText())
        .containsExactly("users.created", "users.updated", "users.deleted");
    assertThat(events.get(0).get("data").toString()).isEqualTo("{\"object\":" + user + "}");
    assertThat(events.get(1).at("/data/object")).isEqualTo(updated.json());
    assertThat(events.get(1).at("/data/previous_attributes"))
        .isEqualTo(
            Json.parse(
                "{\"email\":null,\"name\":{\"first\":\"New\"},\"last_modified\":\"2026-03-02T12:00:00.000Z\"}"
                    .getBytes()));
    assertThat(events.get(1).get("created").asText()).isEqualTo("2026-03-02T12:05:00.000Z");
    assertThat(events.get(2).get("data").toString())
        .isEqualTo("{\"object\":" + updated.json() + "}");
    assertThat(events.get(0).get("id").asText()).isLessThan(events.get(1).get("id").asText());
    assertThat(events.get(1).get("id").asText()).isLessThan(events.get(2).get("id").asText());
  }

  @Test
  void changingAUsernameRecordsTheOldOneInPreviousAttributes() {
    JsonNode teacher = api("/v3.0/users?role=teacher&limit=1").at("/data/0/data");
    String id = teacher.get("id").asText();
    String old = teacher.at("/roles/teacher/credentials/district_username").asText();
    admin("POST", "users/" + id + "/username", "{\"username\":\"NEW.Name\",\"role\":\"teacher\"}");
    assertThat(
            api("/v3.0/users/" + id)
                .at("/data/roles/teacher/credentials/district_username")
                .asText())
        .isEqualTo("NEW.Name");
    JsonNode event = events("/v3.0/events").get(0);
    assertThat(event.get("type").asText()).isEqualTo("users.updated");
    assertThat(event.at("/data/previous_attributes/roles").toString())
        .isEqualTo("{\"teacher\":{\"credentials\":{\"district_username\":\"" + old + "\"}}}");
    Reply notThere =
        admin("POST", "users/" + id + "/username", "{\"username\":\"x\",\"role\":\"student\"}");
    assertThat(notThere.status()).isEqualTo(400);
  }

  @Test
  void movingAStudentUpdatesTheUserAndTakesThemOutOfTheOldSchoolsSections() {
    JsonNode student = api("/v3.0/users?role=student&limit=1").at("/data/0/data");
    String id = student.get("id").asText();
    String oldSchool = student.at("/roles/student/school").asText();
    String newSchool = schoolsExcept(oldSchool);
    long before = sectionsListing(id);
    assertThat(before).isEqualTo(SPEC.periods());
    Reply moved = admin("POST", "users/" + id + "/move", "{\"school\":\"" + newSchool + "\"}");
    assertThat(moved.json().at("/roles/student/school").asText()).isEqualTo(newSchool);
    assertThat(moved.json().at("/roles/student/schools").toString())
        .isEqualTo("[\"" + newSchool + "\"]");
    assertThat(sectionsListing(id)).isZero();
    List<JsonNode> events = events("/v3.0/events");
    assertThat(events)
        .extracting(e -> e.get("type").asText())
        .containsExactly(
            "users.updated",
            "sections.updated",
            "sections.updated",
            "sections.updated",
            "sections.updated");
    assertThat(events.get(1).at("/data/previous_attributes/students").toString()).contains(id);
    assertThat(events.get(1).at("/data/object/students").toString()).doesNotContain(id);
  }

  @Test
  void reissuingAUserIdDeletesTheOldIdCreatesTheNewOneAndRewritesRosters() {
    JsonNode student = api("/v3.0/users?role=student&limit=1").at("/data/0/data");
    String old = student.get("id").asText();
    Reply reissued = admin("POST", "users/" + old + "/reissue", "");
    String fresh = reissued.json().get("id").asText();
    assertThat(reissued.body())
        .isEqualTo("{\"previousId\":\"" + old + "\",\"id\":\"" + fresh + "\"}");
    assertThat(client.get("/v3.0/users/" + old, token).status()).isEqualTo(404);
    JsonNode now = api("/v3.0/users/" + fresh).get("data");
    assertThat(now.get("name")).isEqualTo(student.get("name"));
    JsonNode lastUser =
        api("/v3.0/users?ending_before=ffffffffffffffffffffffff&limit=1").at("/data/0/data/id");
    assertThat(lastUser.asText()).isEqualTo(fresh);
    assertThat(sectionsListing(old)).isZero();
    assertThat(sectionsListing(fresh)).isEqualTo(SPEC.periods());
    assertThat(events("/v3.0/events?record_type=users"))
        .extracting(e -> e.get("type").asText())
        .containsExactly("users.deleted", "users.created");
    assertThat(events("/v3.0/events?record_type=sections")).hasSize(SPEC.periods());
  }

  @Test
  void sectionsAndSchoolsHaveTheirOwnEventsAndTheEventsApiPagesAndFilters() {
    String school = firstId("schools");
    String section = firstId("sections");
    admin("PATCH", "sections/" + section, "{\"subject\":\"math\",\"period\":\"9\"}");
    Reply newSection =
        admin(
            "POST",
            "sections",
            "{\"school\":\""
                + school
                + "\",\"name\":\"Typing - X - 1\","
                + "\"sis_id\":\"T1\",\"subject\":\"technology and engineering\",\"students\":[],\"teacher\":null}");
    admin("DELETE", "sections/" + newSection.json().get("id").asText(), "");
    admin("DELETE", "schools/" + school, "");
    assertThat(client.get("/v3.0/schools/" + school, token).status()).isEqualTo(404);
    List<JsonNode> all = events("/v3.0/events?limit=2");
    assertThat(all)
        .extracting(e -> e.get("type").asText())
        .containsExactly(
            "sections.updated", "sections.created", "sections.deleted", "schools.deleted");
    assertThat(events("/v3.0/events?record_type=schools"))
        .extracting(e -> e.get("type").asText())
        .containsExactly("schools.deleted");
    assertThat(events("/v3.0/events?record_type=schools&record_type=sections")).hasSize(4);
    String newest =
        api("/v3.0/events?ending_before=ffffffffffffffffffffffff&limit=1")
            .at("/data/0/data/id")
            .asText();
    assertThat(newest).isEqualTo(all.get(3).get("id").asText());
    assertThat(events("/v3.0/events?starting_after=" + all.get(1).get("id").asText()))
        .containsExactly(all.get(2), all.get(3));
    JsonNode before = api("/v3.0/events?ending_before=" + all.get(2).get("id").asText());
    assertThat(before.get("data"))
        .extracting(item -> item.get("data"))
        .containsExactly(all.get(0), all.get(1));
    JsonNode single = api("/v3.0/events/" + all.get(0).get("id").asText());
    assertThat(single.get("data")).isEqualTo(all.get(0));
  }

  @Test
  void theJavaApiEmitsTheSameEventsAndBadRequestsAreExplained() {
    String school = firstId("schools");
    clever
        .mutations()
        .update(
            io.rosterbridge.cleversim.model.RecordType.SCHOOLS,
            school,
            (ObjectNode) Json.parse("{\"name\":\"Renamed\"}".getBytes()));
    assertThat(events("/v3.0/events").get(0).at("/data/object/name").asText()).isEqualTo("Renamed");
    Reply unknown = admin("PATCH", "users/000000000000000000000001", "{}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body())
        .isEqualTo("{\"message\":\"users 000000000000000000000001 not found\"}");
    JsonNode teacher = api("/v3.0/users?role=teacher&limit=1").at("/data/0/data");
    Reply notStudent =
        admin(
            "POST",
            "users/" + teacher.get("id").asText() + "/move",
            "{\"school\":\"" + school + "\"}");
    assertThat(notStudent.status()).isEqualTo(400);
    Reply duplicate = admin("POST", "schools", "{\"id\":\"" + school + "\"}");
    assertThat(duplicate.status()).isEqualTo(409);
  }

  private long sectionsListing(String userId) {
    long count = 0;
    String uri = "/v3.0/sections?limit=1000";
    while (uri != null) {
      JsonNode page = api(uri);
      for (JsonNode item : page.get("data")) {
        if (item.at("/data/students").toString().contains("\"" + userId + "\"")) {
          count++;
        }
      }
      uri = next(page);
    }
    return count;
  }

  private String schoolsExcept(String school) {
    for (JsonNode item : api("/v3.0/schools").get("data")) {
      if (!item.at("/data/id").asText().equals(school)) {
        return item.at("/data/id").asText();
      }
    }
    throw new AssertionError("only one school");
  }

  private List<JsonNode> events(String first) {
    List<JsonNode> out = new ArrayList<>();
    String uri = first;
    while (uri != null) {
      JsonNode page = api(uri);
      page.get("data").forEach(item -> out.add(item.get("data")));
      uri = page.get("data").isEmpty() ? null : next(page);
    }
    return out;
  }

  private String firstId(String type) {
    return api("/v3.0/" + type + "?limit=1").at("/data/0/data/id").asText();
  }

  private JsonNode api(String uri) {
    Reply reply = client.get(uri, token);
    assertThat(reply.status()).as(uri).isEqualTo(200);
    return reply.json();
  }

  private Reply admin(String method, String path, String body) {
    return client.send(method, "/admin/districts/default/" + path, body);
  }

  private static String next(JsonNode page) {
    for (JsonNode link : page.get("links")) {
      if (link.get("rel").asText().equals("next")) {
        return link.get("uri").asText();
      }
    }
    return null;
  }
}
