package io.rosterbridge.systemtests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the wiring of docker-compose.yml, which no test here can start (these machines have no
 * Docker engine): images and builds, ports, health checks, environment and start order.
 */
class DockerComposeFileTest {

  private static final Path ROOT = RepositoryFiles.ROOT;
  private static final JsonNode SERVICES =
      RepositoryFiles.readYaml(ROOT.resolve("docker-compose.yml")).path("services");
  private static final String SIM = "http://clever-sim:8090";

  /** One of the project's own services as the compose file must run it. */
  record App(String name, int port, String database, boolean usesKafka, boolean usesClever) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<App> apps() {
    return Stream.of(
        new App("clever-sim", 8090, null, false, false),
        new App("clever-fetcher", 8081, "rosterbridge_fetcher", true, true),
        new App("user-matcher", 8082, "rosterbridge_matcher", true, false),
        new App("roster-writer", 8083, "rosterbridge_writer", true, false),
        new App("sso-service", 8084, "rosterbridge_sso", true, true));
  }

  @Test
  void runsTheWholeStack() {
    assertThat(fieldNames(SERVICES))
        .containsExactlyInAnyOrder(
            "kafka",
            "postgres",
            "clever-sim",
            "clever-fetcher",
            "user-matcher",
            "roster-writer",
            "sso-service");
  }

  @Test
  void kafkaIsOneKraftNodeOfTheVersionTheClientsUse() {
    JsonNode kafka = SERVICES.path("kafka");
    Map<String, String> env = environment(kafka);
    String clientVersion = kafkaVersionIn(ROOT.resolve("pom.xml"));

    assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:" + clientVersion);
    assertThat(kafkaVersionIn(ROOT.resolve("scripts/kafka/pom.xml")))
        .as("the broker scripts/stack runs")
        .isEqualTo(clientVersion);
    assertThat(env).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
    assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
        .startsWith(env.get("KAFKA_NODE_ID") + "@");
    assertThat(env)
        .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
        .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
        .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
        .containsEntry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
        .containsEntry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
    assertThat(Base64.getUrlDecoder().decode(env.get("CLUSTER_ID"))).hasSize(16);
    assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("//kafka:19092");
    assertThat(ports(kafka)).contains("9092:9092");
    assertThat(healthcheck(kafka)).contains("kafka-broker-api-versions.sh");
  }

  @Test
  void postgresCreatesOneRoleAndDatabasePerService() throws IOException {
    JsonNode postgres = SERVICES.path("postgres");

    assertThat(postgres.path("image").asText()).startsWith("postgres:15");
    assertThat(ports(postgres)).contains("5432:5432");
    assertThat(healthcheck(postgres)).contains("pg_isready");
    assertThat(environment(postgres)).containsKeys("POSTGRES_PASSWORD", "ROSTERBRIDGE_DB_PASSWORD");

    String initMount = "./deploy/postgres/initdb.d:/docker-entrypoint-initdb.d:ro";
    assertThat(texts(postgres.path("volumes"))).contains(initMount);
    Path initScript = ROOT.resolve("deploy/postgres/initdb.d/10-rosterbridge-databases.sh");
    assertThat(Files.readString(initScript))
        .contains("CREATE ROLE", "CREATE DATABASE")
        .contains(apps().map(App::database).filter(Objects::nonNull).toList());
  }

  @ParameterizedTest
  @MethodSource("apps")
  void buildsEachServiceFromItsModule(App app) throws IOException {
    JsonNode build = SERVICES.path(app.name()).path("build");
    assertThat(build.path("context").asText()).isEqualTo("./" + app.name());

    Path dockerfile = ROOT.resolve(app.name()).resolve(build.path("dockerfile").asText());
    assertThat(dockerfile).isRegularFile();
    assertThat(Files.readString(dockerfile))
        .contains("FROM eclipse-temurin:17-jre", "target/quarkus-app/", "quarkus-run.jar")
        .contains("EXPOSE " + app.port());
  }

  @ParameterizedTest
  @MethodSource("apps")
  void publishesThePortTheServiceListensOn(App app) throws IOException {
    JsonNode service = SERVICES.path(app.name());

    assertThat(ports(service)).containsExactly(app.port() + ":" + app.port());
    assertThat(environment(service)).containsEntry("QUARKUS_HTTP_PORT", String.valueOf(app.port()));
    String configured =
        RepositoryFiles.moduleProperties(app.name()).getProperty("quarkus.http.port");
    if (configured != null) {
      assertThat(configured).isEqualTo(String.valueOf(app.port()));
    }
  }

  @ParameterizedTest
  @MethodSource("apps")
  void isHealthyOnlyWhenReady(App app) {
    assertThat(healthcheck(SERVICES.path(app.name())))
        .contains("curl", "http://localhost:" + app.port() + "/q/health/ready");
  }

  @ParameterizedTest
  @MethodSource("apps")
  void isConfiguredThroughTheEnvironment(App app) {
    Map<String, String> env = environment(SERVICES.path(app.name()));

    if (app.usesKafka()) {
      assertThat(env).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092");
    }
    if (app.database() != null) {
      assertThat(env)
          .containsEntry(
              "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/" + app.database())
          .containsEntry("QUARKUS_DATASOURCE_USERNAME", app.database());
      assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).isNotBlank();
    }
    if (app.usesClever()) {
      assertThat(env).containsEntry("CLEVER_API_URL", SIM);
    }
  }

  @ParameterizedTest
  @MethodSource("apps")
  void startsOnlyAfterWhatItNeedsIsHealthy(App app) {
    JsonNode dependsOn = SERVICES.path(app.name()).path("depends_on");
    List<String> expected = new ArrayList<>();
    if (app.usesKafka()) {
      expected.add("kafka");
    }
    if (app.database() != null) {
      expected.add("postgres");
    }
    if (app.usesClever()) {
      expected.add("clever-sim");
    }

    assertThat(fieldNames(dependsOn)).containsExactlyInAnyOrderElementsOf(expected);
    for (String dependency : expected) {
      assertThat(dependsOn.path(dependency).path("condition").asText())
          .isEqualTo("service_healthy");
      assertThat(SERVICES.path(dependency).path("healthcheck").isObject()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("apps")
  void suppliesEverySettingItsDevProfileSupplies(App app) throws IOException {
    Map<String, String> env = environment(SERVICES.path(app.name()));

    for (String property : RepositoryFiles.devProfileSettings(app.name())) {
      assertThat(env)
          .as("%s sets %%dev.%s, so compose must set it", app.name(), property)
          .containsKey(RepositoryFiles.envName(property));
    }
  }

  @Test
  void servicesSignInAsTheApplicationTheSimulatorKnows() {
    Map<String, String> sim = environment(SERVICES.path("clever-sim"));
    Map<String, String> sso = environment(SERVICES.path("sso-service"));

    for (String service : List.of("clever-fetcher", "sso-service")) {
      Map<String, String> env = environment(SERVICES.path(service));
      assertThat(env)
          .as(service)
          .containsEntry("CLEVER_OAUTH_URL", SIM)
          .containsEntry("CLEVER_CLIENT_ID", sim.get("CLEVER_SIM_CLIENT_ID"))
          .containsEntry("CLEVER_CLIENT_SECRET", sim.get("CLEVER_SIM_CLIENT_SECRET"));
    }
    assertThat(sim.get("CLEVER_SIM_CLIENT_ID")).isNotBlank();
    assertThat(sim.get("CLEVER_SIM_CLIENT_SECRET")).isNotBlank();
    assertThat(sim.get("CLEVER_SIM_REDIRECT_URIS").split(",")[0].trim())
        .as("the simulator's primary redirect URI")
        .isEqualTo(sso.get("CLEVER_REDIRECT_URI"));
    assertThat(sso.get("CLEVER_REDIRECT_URI")).startsWith("http://localhost:8084/");
    assertThat(sso).containsEntry("SSO_SESSION_COOKIE_SECURE", "false");
  }

  @Test
  void fetcherHasAValidTokenKey() {
    Map<String, String> env = environment(SERVICES.path("clever-fetcher"));
    assertThat(env).containsKey("CLEVER_TOKEN_KEY");
    String value = env.get("CLEVER_TOKEN_KEY");
    Matcher withDefault = Pattern.compile("\\$\\{CLEVER_TOKEN_KEY:-([^}]+)}").matcher(value);

    assertThat(withDefault.matches()).as("an overridable development key: " + value).isTrue();
    assertThat(Base64.getDecoder().decode(withDefault.group(1))).hasSize(32);
  }

  @Test
  void rosterWriterVerifiesTheSessionTokensOfSsoService() {
    Map<String, String> writer = environment(SERVICES.path("roster-writer"));
    Map<String, String> sso = environment(SERVICES.path("sso-service"));

    assertThat(writer)
        .containsEntry(
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "http://sso-service:8084/.well-known/jwks.json")
        .containsEntry("MP_JWT_VERIFY_ISSUER", sso.get("SSO_SESSION_ISSUER"));
    assertThat(sso.get("SSO_SESSION_ISSUER")).isNotBlank();
  }

  /** The service's environment, from either the map or the KEY=VALUE list form. */
  private static Map<String, String> environment(JsonNode service) {
    JsonNode env = service.path("environment");
    Map<String, String> result = new LinkedHashMap<>();
    if (env.isArray()) {
      texts(env).forEach(line -> result.put(line.split("=", 2)[0], line.split("=", 2)[1]));
    } else {
      env.properties().forEach(entry -> result.put(entry.getKey(), entry.getValue().asText()));
    }
    return result;
  }

  private static List<String> ports(JsonNode service) {
    return texts(service.path("ports"));
  }

  /** The health check command as one line, whichever form it is written in. */
  private static String healthcheck(JsonNode service) {
    JsonNode test = service.path("healthcheck").path("test");
    return test.isArray() ? String.join(" ", texts(test)) : test.asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(node -> result.add(node.asText()));
    return result;
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> result = new ArrayList<>();
    object.fieldNames().forEachRemaining(result::add);
    return result;
  }

  /** The {@code kafka.version} property a pom pins. */
  private static String kafkaVersionIn(Path pom) {
    try {
      Matcher m =
          Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(Files.readString(pom));
      assertThat(m.find()).as("kafka.version in " + pom).isTrue();
      return m.group(1).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
