package io.rosterbridge.cleversim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.Messiness;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.support.Schemas;
import io.rosterbridge.cleversim.support.SimClient;
import io.rosterbridge.cleversim.support.SimClient.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every response the simulator sends conforms to the strict schemas in {@code schema/}. */
class ContractTest {

  private static final Messiness MESSY =
      new Messiness(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.3, 0.05);
  private static final GeneratorSpec SPEC =
      new GeneratorSpec(21, 4, 2_000, 90, 20, 3, 150, 6, 0.3, 0.2, 0.3, MESSY);
  private static CleverSimulator clever;
  private static SimClient client;

  @BeforeAll
  static void start() {
    clever = CleverSimulator.start(SimConfig.builder().generate(SPEC).build());
    client = new SimClient(clever.baseUrl());
  }

  @AfterAll
  static void stop() {
    clever.close();
  }

  @ParameterizedTest
  @CsvSource({
    "users,user",
    "schools,school",
    "sections,section",
    "terms,term",
    "courses,course",
    "districts,district"
  })
  void everyPageAndSingleObjectMatchesItsSchema(String plural, String single) {
    String uri = "/v3.0/" + plural + "?limit=500";
    int objects = 0;
    while (uri != null) {
      Reply page = client.get(uri, clever.districtToken());
      assertThat(Schemas.violations(plural + "-response.json", page.body())).as(uri).isEmpty();
      objects += page.json().get("data").size();
      uri = next(page.json());
    }
    assertThat(objects).isPositive();
    String id =
        client
            .get("/v3.0/" + plural + "?limit=1", clever.districtToken())
            .json()
            .at("/data/0/data/id")
            .asText();
    Reply one = client.get("/v3.0/" + plural + "/" + id, clever.districtToken());
    assertThat(Schemas.violations(single + "-response.json", one.body())).isEmpty();
  }

  @Test
  void eventsOfEveryMutationMatchTheEventSchema() {
    var mutations = clever.mutations();
    JsonNode student =
        client
            .get("/v3.0/users?role=student&limit=1", clever.districtToken())
            .json()
            .at("/data/0/data");
    JsonNode teacher =
        client
            .get("/v3.0/users?role=teacher&limit=1", clever.districtToken())
            .json()
            .at("/data/0/data");
    String school =
        client
            .get("/v3.0/schools?limit=2", clever.districtToken())
            .json()
            .at("/data/1/data/id")
            .asText();
    mutations.moveStudent(student.get("id").asText(), school);
    mutations.changeUsername(teacher.get("id").asText(), null, "Renamed.Teacher");
    mutations.reissueUserId(student.get("id").asText());
    mutations.remove(io.rosterbridge.cleversim.model.RecordType.USERS, teacher.get("id").asText());
    ObjectNode section =
        (ObjectNode)
            Json.parse(
                ("{\"school\":\""
                        + school
                        + "\",\"name\":\"Keyboarding - A - 1\",\"sis_id\":\"K1\","
                        + "\"subject\":\"\",\"students\":[],\"teacher\":null}")
                    .getBytes());
    mutations.create(io.rosterbridge.cleversim.model.RecordType.SECTIONS, section);
    String uri = "/v3.0/events?limit=50";
    int events = 0;
    while (uri != null) {
      Reply page = client.get(uri, clever.districtToken());
      assertThat(Schemas.violations("events-response.json", page.body())).isEmpty();
      events += page.json().get("data").size();
      uri = page.json().get("data").isEmpty() ? null : next(page.json());
    }
    assertThat(events).isGreaterThan(10);
  }

  @Test
  void identityOAuthAndErrorBodiesMatchTheirSchemas() {
    Reply tokens =
        client.getBasic(
            "/oauth/tokens?owner_type=district", "clever-sim-client", "clever-sim-secret");
    assertThat(Schemas.violations("district-tokens-response.json", tokens.body())).isEmpty();
    String staffId =
        client
            .get("/v3.0/users?role=district_admin&limit=1", clever.districtToken())
            .json()
            .at("/data/0/data/id")
            .asText();
    Reply redirect =
        client.get(
            "/oauth/authorize?client_id=clever-sim-client&login_as=" + staffId + "&nonce=n", null);
    Matcher code = Pattern.compile("code=([0-9a-f]+)").matcher(redirect.header("Location"));
    assertThat(code.find()).isTrue();
    Reply exchanged =
        client.send(
            "POST",
            "/oauth/tokens",
            "{\"grant_type\":\"authorization_code\",\"code\":\"" + code.group(1) + "\"}",
            "Content-Type",
            "application/json",
            "Authorization",
            SimClient.basic("clever-sim-client", "clever-sim-secret"));
    assertThat(Schemas.violations("token-response.json", exchanged.body())).isEmpty();
    String claims =
        new String(
            Base64.getUrlDecoder()
                .decode(exchanged.json().get("id_token").asText().split("\\.")[1]));
    assertThat(Schemas.violations("id-token-claims.json", claims)).isEmpty();
    String userToken = exchanged.json().get("access_token").asText();
    assertThat(Schemas.violations("me-response.json", client.get("/v3.0/me", userToken).body()))
        .isEmpty();
    assertThat(
            Schemas.violations(
                "me-response.json", client.get("/v3.0/me", clever.districtToken()).body()))
        .isEmpty();
    assertThat(Schemas.violations("userinfo.json", client.get("/userinfo", userToken).body()))
        .isEmpty();
    for (String bad :
        new String[] {"/v3.0/users/ffffffffffffffffffffffff", "/v3.0/users?limit=20000"}) {
      assertThat(Schemas.violations("error.json", client.get(bad, clever.districtToken()).body()))
          .isEmpty();
    }
    assertThat(Schemas.violations("error.json", client.get("/v3.0/users", "wrong").body()))
        .isEmpty();
    Reply reused =
        client.send(
            "POST",
            "/oauth/tokens",
            "grant_type=authorization_code&code=" + code.group(1),
            "Authorization",
            SimClient.basic("clever-sim-client", "clever-sim-secret"));
    assertThat(Schemas.violations("oauth-error.json", reused.body())).isEmpty();
  }

  @Test
  void theSchemasAreStrict() throws Exception {
    JsonNode user =
        client.get("/v3.0/users?limit=1", clever.districtToken()).json().at("/data/0/data");
    assertThat(Schemas.violations("user.json", user.toString())).isEmpty();
    ObjectNode extra = user.deepCopy();
    extra.put("nickname", "x");
    assertThat(Schemas.violations("user.json", extra.toString()))
        .singleElement()
        .asString()
        .contains("nickname");
    ObjectNode missing = user.deepCopy();
    missing.remove("district");
    assertThat(Schemas.violations("user.json", missing.toString()))
        .singleElement()
        .asString()
        .contains("district");
    ObjectNode twoRoles = user.deepCopy();
    ((ObjectNode) twoRoles.get("roles")).putObject("contact");
    assertThat(Schemas.violations("user.json", twoRoles.toString())).isNotEmpty();
    String linksAsObject = "{\"data\":[],\"links\":{\"next\":\"/v3.0/users\"}}";
    assertThat(Schemas.violations("users-response.json", linksAsObject)).isNotEmpty();
    String dumped = Files.readString(Path.of("src/test/resources/dump-small/users.json"));
    assertThat(Schemas.violations("users-response.json", dumped))
        .anySatisfy(v -> assertThat(v).contains("unexpected_field"))
        .anySatisfy(v -> assertThat(v).contains("lms_status"));
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
