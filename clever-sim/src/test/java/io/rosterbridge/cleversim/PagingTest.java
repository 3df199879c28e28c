package io.rosterbridge.cleversim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.support.SimClient;
import io.rosterbridge.cleversim.support.SimClient.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages a 25,000-user district completely, forwards and backwards, as Clever pages. */
class PagingTest {

  private static final GeneratorSpec SPEC = GeneratorSpec.ofUsers(7, 25_000);
  private static CleverSimulator clever;
  private static SimClient client;
  private static List<String> expectedIds;

  @BeforeAll
  static void start() {
    clever =
        CleverSimulator.start(
            SimConfig.builder().generate(SPEC).rateLimitPerMinute(100_000).build());
    client = new SimClient(clever.baseUrl());
    var users = clever.district().collection(io.rosterbridge.cleversim.model.RecordType.USERS);
    expectedIds = new ArrayList<>();
    users.forEach(u -> expectedIds.add(u.get("id").asText()));
  }

  @AfterAll
  static void stop() {
    clever.close();
  }

  @Test
  void theDistrictHasExactly25000UsersInAscendingIdOrder() {
    assertThat(SPEC.userCount()).isEqualTo(25_000);
    assertThat(expectedIds).hasSize(25_000).doesNotHaveDuplicates();
    List<String> sorted = new ArrayList<>(expectedIds);
    Collections.sort(sorted);
    assertThat(expectedIds).isEqualTo(sorted);
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 10_000, 0})
  void forwardPagingFollowingNextReturnsEveryUserOnce(int limit) {
    String first = limit == 0 ? "/v3.0/users" : "/v3.0/users?limit=" + limit;
    List<String> ids = new ArrayList<>();
    int pages = 0;
    String uri = first;
    while (uri != null) {
      JsonNode page = ok(uri);
      page.get("data").forEach(item -> ids.add(item.get("data").get("id").asText()));
      assertThat(link(page, "self")).isEqualTo(uri);
      uri = link(page, "next");
      pages++;
    }
    int pageSize = limit == 0 ? 100 : limit;
    assertThat(ids).isEqualTo(expectedIds);
    assertThat(pages).isEqualTo((25_000 + pageSize - 1) / pageSize);
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 10_000, 0})
  void backwardPagingFollowingPrevReturnsEveryUserOnce(int limit) {
    String query = limit == 0 ? "" : "limit=" + limit + "&";
    String uri = "/v3.0/users?" + query + "ending_before=ffffffffffffffffffffffff";
    List<List<String>> pages = new ArrayList<>();
    while (uri != null) {
      JsonNode page = ok(uri);
      List<String> ids = new ArrayList<>();
      page.get("data").forEach(item -> ids.add(item.get("data").get("id").asText()));
      pages.add(ids);
      uri = link(page, "prev");
    }
    Collections.reverse(pages);
    assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(expectedIds);
    int pageSize = limit == 0 ? 100 : limit;
    assertThat(pages).hasSize((25_000 + pageSize - 1) / pageSize);
  }

  @Test
  void firstPageHasExactlyCleversEnvelope() {
    var users = clever.district().collection(io.rosterbridge.cleversim.model.RecordType.USERS);
    String id0 = expectedIds.get(0);
    String id1 = expectedIds.get(1);
    String expected =
        "{\"data\":[{\"data\":%s,\"uri\":\"/v3.0/users/%s\"},{\"data\":%s,\"uri\":\"/v3.0/users/%s\"}],"
                .formatted(users.get(id0).orElseThrow(), id0, users.get(id1).orElseThrow(), id1)
            + "\"links\":[{\"rel\":\"self\",\"uri\":\"/v3.0/users?limit=2\"},"
            + "{\"rel\":\"next\",\"uri\":\"/v3.0/users?limit=2&starting_after=%s\"}]}"
                .formatted(id1);
    Reply reply = client.get("/v3.0/users?limit=2", clever.districtToken());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.json()).isEqualTo(Json.parse(expected.getBytes()));
  }

  @Test
  void aMiddlePageLinksBothWaysAndTheLastPageHasNoNext() {
    String after = expectedIds.get(9);
    JsonNode middle = ok("/v3.0/users?limit=5&starting_after=" + after);
    assertThat(idsOf(middle)).isEqualTo(expectedIds.subList(10, 15));
    assertThat(middle.get("links").toString())
        .isEqualTo(
            "[{\"rel\":\"self\",\"uri\":\"/v3.0/users?limit=5&starting_after=%s\"},"
                    .formatted(after)
                + "{\"rel\":\"prev\",\"uri\":\"/v3.0/users?limit=5&ending_before=%s\"},"
                    .formatted(expectedIds.get(10))
                + "{\"rel\":\"next\",\"uri\":\"/v3.0/users?limit=5&starting_after=%s\"}]"
                    .formatted(expectedIds.get(14)));
    JsonNode last = ok("/v3.0/users?limit=5&starting_after=" + expectedIds.get(24_994));
    assertThat(idsOf(last)).isEqualTo(expectedIds.subList(24_995, 25_000));
    assertThat(link(last, "next")).isNull();
    JsonNode beyond = ok("/v3.0/users?limit=5&starting_after=" + expectedIds.get(24_999));
    assertThat(beyond.toString())
        .isEqualTo(
            "{\"data\":[],\"links\":[{\"rel\":\"self\",\"uri\":\"/v3.0/users?limit=5&starting_after=%s\"}]}"
                .formatted(expectedIds.get(24_999)));
  }

  @Test
  void anEndingBeforePageHoldsTheObjectsJustBeforeTheCursor() {
    JsonNode page = ok("/v3.0/users?limit=3&ending_before=" + expectedIds.get(100));
    assertThat(idsOf(page)).isEqualTo(expectedIds.subList(97, 100));
    assertThat(link(page, "prev"))
        .isEqualTo("/v3.0/users?limit=3&ending_before=" + expectedIds.get(97));
    assertThat(link(page, "next"))
        .isEqualTo("/v3.0/users?limit=3&starting_after=" + expectedIds.get(99));
  }

  @Test
  void limitAbove10000Is413AndALimitOf10000IsServed() {
    Reply tooLarge = client.get("/v3.0/users?limit=10001", clever.districtToken());
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.body()).isEqualTo("{\"message\":\"limit must be at most 10000\"}");
    assertThat(tooLarge.header("X-Ratelimit-Limit")).isEqualTo("100000");
    assertThat(ok("/v3.0/users?limit=10000").get("data")).hasSize(10_000);
    Reply notANumber = client.get("/v3.0/users?limit=ten", clever.districtToken());
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.body()).isEqualTo("{\"message\":\"limit must be an integer: ten\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"student", "teacher", "staff", "district_admin", "contact"})
  void roleFilterReturnsExactlyTheUsersHavingTheRole(String role) {
    var users = clever.district().collection(io.rosterbridge.cleversim.model.RecordType.USERS);
    List<String> expected = new ArrayList<>();
    users.forEach(
        u -> {
          if (u.get("roles").has(role)) {
            expected.add(u.get("id").asText());
          }
        });
    List<String> ids = new ArrayList<>();
    String uri = "/v3.0/users?role=" + role + "&limit=1000";
    while (uri != null) {
      JsonNode page = ok(uri);
      ids.addAll(idsOf(page));
      uri = link(page, "next");
    }
    assertThat(ids).isEqualTo(expected);
    int atLeast =
        switch (role) {
          case "student" -> SPEC.students();
          case "teacher" -> SPEC.teachers();
          case "staff" -> SPEC.staff() + 1;
          case "district_admin" -> SPEC.districtAdmins() + 1;
          default -> SPEC.contacts();
        };
    assertThat(ids.size()).isGreaterThanOrEqualTo(atLeast);
    if (role.equals("student") || role.equals("teacher") || role.equals("contact")) {
      assertThat(ids).hasSize(atLeast);
    }
  }

  @Test
  void everyListedTypeAndSingleObjectRouteAnswers() {
    for (String type : List.of("districts", "schools", "sections", "terms", "courses", "users")) {
      JsonNode page = ok("/v3.0/" + type + "?limit=1");
      String id = page.get("data").get(0).get("data").get("id").asText();
      JsonNode single = ok("/v3.0/" + type + "/" + id);
      assertThat(single.get("data")).isEqualTo(page.get("data").get(0).get("data"));
      assertThat(single.get("links").toString())
          .isEqualTo("[{\"rel\":\"self\",\"uri\":\"/v3.0/%s/%s\"}]".formatted(type, id));
    }
    Reply unknown = client.get("/v3.0/users/000000000000000000000000", clever.districtToken());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("{\"message\":\"resource not found\"}");
    assertThat(client.get("/v3.0/sections?limit=1", clever.districtToken()).json().get("data"))
        .hasSize(1);
  }

  private static JsonNode ok(String uri) {
    Reply reply = client.get(uri, clever.districtToken());
    assertThat(reply.status()).as(uri).isEqualTo(200);
    return reply.json();
  }

  private static List<String> idsOf(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("data").forEach(item -> ids.add(item.get("data").get("id").asText()));
    return ids;
  }

  private static String link(JsonNode page, String rel) {
    for (JsonNode link : page.get("links")) {
      if (link.get("rel").asText().equals(rel)) {
        return link.get("uri").asText();
      }
    }
    return null;
  }
}
