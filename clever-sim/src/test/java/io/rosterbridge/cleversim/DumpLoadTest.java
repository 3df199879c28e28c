package io.rosterbridge.cleversim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.support.SimClient;
import io.rosterbridge.cleversim.support.SimClient.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A folder of Clever list responses is served back object for object. */
class DumpLoadTest {

  private static final Path DUMP = Path.of("src/test/resources/dump-small");
  private CleverSimulator clever;
  private SimClient client;

  @BeforeEach
  void start() {
    clever = CleverSimulator.start(SimConfig.builder().dump(DUMP).build());
    client = new SimClient(clever.baseUrl());
  }

  @AfterEach
  void stop() {
    clever.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"districts", "schools", "users", "sections", "events"})
  void everyObjectOfTheFileIsServedBackUnchanged(String type) throws Exception {
    List<JsonNode> inFile = new ArrayList<>();
    Json.parse(Files.readAllBytes(DUMP.resolve(type + ".json")))
        .get("data")
        .forEach(i -> inFile.add(i.get("data")));
    inFile.sort(Comparator.comparing(o -> o.get("id").asText()));
    List<JsonNode> served = new ArrayList<>();
    String uri = "/v3.0/" + type + "?limit=1";
    while (uri != null) {
      JsonNode page = client.get(uri, clever.districtToken()).json();
      page.get("data")
          .forEach(
              item -> {
                assertThat(item.get("uri").asText())
                    .isEqualTo("/v3.0/" + type + "/" + item.get("data").get("id").asText());
                served.add(item.get("data"));
              });
      uri = nextOf(page);
    }
    assertThat(served).hasSize(inFile.size()).isEqualTo(inFile);
  }

  @Test
  void aMissingFileMeansNoneOfThatType() {
    for (String type : List.of("terms", "courses")) {
      Reply reply = client.get("/v3.0/" + type, clever.districtToken());
      assertThat(reply.body())
          .isEqualTo("{\"data\":[],\"links\":[{\"rel\":\"self\",\"uri\":\"/v3.0/" + type + "\"}]}");
    }
  }

  @Test
  void theDistrictIdComesFromTheDumpAndUnknownFieldsSurvive() {
    assertThat(clever.districtId()).isEqualTo("5b2ad81a709e300001e2cd7a");
    JsonNode contact =
        client.get("/v3.0/users/5b2ad8a2fa1b460001d3c004", clever.districtToken()).json();
    assertThat(contact.at("/data/unexpected_field").toString()).isEqualTo("{\"kept\":true}");
    JsonNode events = client.get("/v3.0/events?record_type=users", clever.districtToken()).json();
    assertThat(events.get("data")).hasSize(1);
    assertThat(events.at("/data/0/data/type").asText()).isEqualTo("users.created");
  }

  @Test
  void theAdminApiLoadsAFolderAtRunTimeAndReportsBadOnes(@TempDir Path bad) throws Exception {
    clever.simulator().reset(List.of());
    assertThat(client.get("/admin/districts", null).body()).isEqualTo("{\"data\":[]}");
    Reply loaded =
        client.send(
            "POST",
            "/admin/reset",
            "{\"dumpDir\":\"" + DUMP.toAbsolutePath() + "\",\"token\":\"t-1\"}");
    assertThat(loaded.body())
        .isEqualTo(
            "{\"data\":[{\"id\":\"5b2ad81a709e300001e2cd7a\",\"token\":\"t-1\",\"counts\":"
                + "{\"districts\":1,\"schools\":2,\"users\":4,\"sections\":1,\"terms\":0,\"courses\":0,\"events\":2}}]}");
    assertThat(client.get("/v3.0/sections", "t-1").json().get("data")).hasSize(1);
    Reply missing = client.send("POST", "/admin/districts", "{\"dumpDir\":\"/no/such/folder\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body())
        .isEqualTo("{\"message\":\"dump folder not found: /no/such/folder\"}");
    Files.writeString(bad.resolve("users.json"), "{\"data\":[{\"data\":{\"id\":");
    Reply malformed = client.send("POST", "/admin/districts", "{\"dumpDir\":\"" + bad + "\"}");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("message").asText())
        .startsWith(bad.resolve("users.json") + ": malformed JSON");
  }

  @Test
  void theAdminApiSwitchesToAGeneratedDistrictAndBack() {
    Reply generated =
        client.send(
            "POST",
            "/admin/reset",
            "{\"generate\":{\"seed\":7,\"users\":1000,\"messiness\":\"none\"},\"token\":\"gen\"}");
    assertThat(generated.json().at("/data/0/counts/users").asInt()).isEqualTo(1000);
    assertThat(client.get("/v3.0/users?limit=1", "gen").status()).isEqualTo(200);
    Reply sized =
        client.send(
            "POST",
            "/admin/reset",
            "{\"generate\":{\"seed\":7,\"schools\":1,\"students\":10,"
                + "\"teachers\":2,\"staff\":0,\"districtAdmins\":0,\"contacts\":0}}");
    assertThat(sized.json().at("/data/0/counts").toString())
        .isEqualTo(
            "{\"districts\":1,\"schools\":1,\"users\":12,\"sections\":12,\"terms\":2,\"courses\":20,\"events\":0}");
    Reply back = client.send("POST", "/admin/reset", "");
    assertThat(back.json().at("/data/0/id").asText()).isEqualTo("5b2ad81a709e300001e2cd7a");
    Reply bad = client.send("POST", "/admin/reset", "{\"generate\":{\"schools\":0}}");
    assertThat(bad.status()).isEqualTo(400);
  }

  private static String nextOf(JsonNode page) {
    for (JsonNode link : page.get("links")) {
      if (link.get("rel").asText().equals("next")) {
        return link.get("uri").asText();
      }
    }
    return null;
  }
}
