package io.rosterbridge.systemtests.deploy;

import static io.rosterbridge.systemtests.deploy.KubernetesBase.bytes;
import static io.rosterbridge.systemtests.deploy.KubernetesBase.containerPort;
import static io.rosterbridge.systemtests.deploy.KubernetesBase.elements;
import static io.rosterbridge.systemtests.deploy.KubernetesBase.nameOf;
import static io.rosterbridge.systemtests.deploy.KubernetesBase.onlyContainer;
import static io.rosterbridge.systemtests.deploy.KubernetesBase.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.systemtests.deploy.KubernetesBase.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the kustomize base in k8s/, which no test here can apply (there is no cluster): files, the
 * four Deployments and their Services, configuration and placeholder secrets, and the nightly
 * CronJob.
 */
class KubernetesManifestsTest {

  /** Settings of a {@code %dev} profile whose built-in default is the production value. */
  private static final Set<String> PRODUCTION_DEFAULTS = Set.of("sso.session.cookie-secure");

  private static KubernetesBase base;

  /** One of the four services as the base must run it. */
  record App(String name, int port, String database) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<App> apps() {
    return Stream.of(
        new App("clever-fetcher", 8081, "rosterbridge_fetcher"),
        new App("user-matcher", 8082, "rosterbridge_matcher"),
        new App("roster-writer", 8083, "rosterbridge_writer"),
        new App("sso-service", 8084, "rosterbridge_sso"));
  }

  @BeforeAll
  static void readBase() throws IOException {
    base = KubernetesBase.load();
  }

  @Test
  void listsEveryManifestOfTheFolderAndEachParses() throws IOException {
    assertThat(base.files).isNotEmpty().doesNotHaveDuplicates();
    for (String file : base.files) {
      Path path = KubernetesBase.DIR.resolve(file);
      assertThat(path).isRegularFile();
      List<JsonNode> documents = RepositoryFiles.readYamlDocuments(path);
      assertThat(documents).as(file).isNotEmpty();
      for (JsonNode resource : documents) {
        assertThat(resource.path("apiVersion").asText()).as(file).isNotBlank();
        assertThat(resource.path("kind").asText()).as(file).isNotBlank();
        assertThat(nameOf(resource)).as(file).isNotBlank();
      }
    }
    try (Stream<Path> folder = Files.list(KubernetesBase.DIR)) {
      List<String> manifests =
          folder
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
              .toList();
      assertThat(base.files)
          .as("no manifest left out")
          .containsExactlyInAnyOrderElementsOf(manifests);
    }
    assertThat(base.resources.stream().map(r -> r.path("kind").asText() + "/" + nameOf(r)))
        .doesNotHaveDuplicates();
  }

  @Test
  void namesNoNamespace() {
    assertThat(base.kustomization.has("namespace")).isFalse();
    for (JsonNode resource : base.resources) {
      assertThat(resource.path("metadata").has("namespace")).as(nameOf(resource)).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("apps")
  void probesTheHealthEndpointsOnTheHttpPort(App app) throws IOException {
    JsonNode container = container(app);

    assertThat(container.path("image").asText()).isEqualTo("rosterbridge/" + app.name() + ":0.1.0");
    assertProbe(container, "readinessProbe", "/q/health/ready", app.port());
    assertProbe(container, "livenessProbe", "/q/health/live", app.port());
    assertThat(RepositoryFiles.moduleProperties(app.name()).getProperty("quarkus.http.port"))
        .isEqualTo(String.valueOf(app.port()));
    assertThat(base.environment(container).values().get("QUARKUS_HTTP_PORT"))
        .isIn(null, String.valueOf(app.port()));
  }

  @ParameterizedTest
  @MethodSource("apps")
  void boundsMemoryAndTheHeapWithIt(App app) {
    JsonNode container = container(app);
    JsonNode requests = container.path("resources").path("requests");
    JsonNode limits = container.path("resources").path("limits");

    assertThat(requests.path("cpu").asText()).isNotBlank();
    assertThat(requests.path("memory").asText()).isNotBlank();
    assertThat(limits.path("cpu").asText()).isNotBlank();
    long limit = bytes(limits.path("memory").asText());
    assertThat(limit).isBetween(512L << 20, 2L << 30);
    assertThat(bytes(requests.path("memory").asText())).isLessThanOrEqualTo(limit);

    String javaOpts = base.environment(container).values().get("JAVA_OPTS");
    assertThat(javaOpts).as("a fixed -Xmx would ignore the limit").doesNotContain("-Xmx");
    Matcher percent = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(javaOpts);
    assertThat(percent.find()).as("JAVA_OPTS " + javaOpts).isTrue();
    assertThat(Integer.parseInt(percent.group(1))).isBetween(50, 80);
  }

  @ParameterizedTest
  @MethodSource("apps")
  void takesItsConfigurationFromAConfigMapAndASecretOfTheBase(App app) {
    JsonNode container = container(app);
    List<String> configMaps = refs(container, "configMapRef");
    List<String> secrets = refs(container, "secretRef");

    assertThat(configMaps).isNotEmpty();
    assertThat(secrets).isNotEmpty();
    configMaps.forEach(name -> assertThat(base.defines("ConfigMap", name)).as(name).isTrue());
    secrets.forEach(name -> assertThat(base.defines("Secret", name)).as(name).isTrue());

    Environment env = base.environment(container);
    assertThat(env.values().get("KAFKA_BOOTSTRAP_SERVERS")).isNotBlank();
    assertThat(env.values())
        .containsEntry("QUARKUS_DATASOURCE_USERNAME", app.database())
        .hasEntrySatisfying(
            "QUARKUS_DATASOURCE_JDBC_URL",
            url -> assertThat(url).startsWith("jdbc:postgresql://").endsWith("/" + app.database()));
    assertThat(env.fromSecrets()).contains("QUARKUS_DATASOURCE_PASSWORD");
  }

  @ParameterizedTest
  @MethodSource("apps")
  void suppliesEverySettingItsDevProfileSuppliesAndSecretsFromSecrets(App app) throws IOException {
    Environment env = base.environment(container(app));

    for (String property : RepositoryFiles.devProfileSettings(app.name())) {
      if (PRODUCTION_DEFAULTS.contains(property)) {
        continue;
      }
      String variable = RepositoryFiles.envName(property);
      assertThat(env.values())
          .as("%s sets %%dev.%s, so the base must set %s", app.name(), property, variable)
          .containsKey(variable);
      if (variable.matches(".*(PASSWORD|SECRET|_KEY)$")) {
        assertThat(env.fromSecrets()).as(variable + " from a Secret").contains(variable);
      }
    }
  }

  @Test
  void secretsHoldOnlyPlaceholders() {
    assertThat(base.ofKind("Secret")).isNotEmpty();
    for (JsonNode secret : base.ofKind("Secret")) {
      assertThat(secret.has("data")).as(nameOf(secret) + " uses readable stringData").isFalse();
      Map<String, String> values = strings(secret.path("stringData"));
      assertThat(values).as(nameOf(secret)).isNotEmpty();
      assertThat(values.values()).as(nameOf(secret)).containsOnly("REPLACE_ME");
    }
    for (JsonNode configMap : base.ofKind("ConfigMap")) {
      assertThat(strings(configMap.path("data")).keySet())
          .as(nameOf(configMap) + " holds nothing secret")
          .noneMatch(key -> key.matches(".*(PASSWORD|SECRET|TOKEN_KEY).*"));
    }
  }

  @Test
  void everyServiceSelectsTheDeploymentOfItsName() {
    assertThat(base.ofKind("Service").stream().map(KubernetesBase::nameOf))
        .containsExactlyInAnyOrderElementsOf(apps().map(App::name).toList());
    for (JsonNode service : base.ofKind("Service")) {
      Map<String, String> selector = strings(service.path("spec").path("selector"));
      assertThat(service.path("spec").path("type").asText("ClusterIP")).isEqualTo("ClusterIP");
      assertThat(selector).as(nameOf(service)).isNotEmpty();

      List<JsonNode> selected =
          base.ofKind("Deployment").stream()
              .filter(d -> podLabels(d).entrySet().containsAll(selector.entrySet()))
              .toList();
      assertThat(selected.stream().map(KubernetesBase::nameOf))
          .as("Deployments selected by Service " + nameOf(service))
          .containsExactly(nameOf(service));
      JsonNode container = onlyContainer(podSpec(selected.get(0)));
      for (JsonNode port : service.path("spec").path("ports")) {
        assertThat(containerPort(container, port.path("targetPort")))
            .as(nameOf(service) + " targetPort")
            .isEqualTo(port.path("port").asInt());
      }
    }
    for (JsonNode deployment : base.ofKind("Deployment")) {
      Map<String, String> matchLabels =
          strings(deployment.path("spec").path("selector").path("matchLabels"));
      assertThat(matchLabels).isNotEmpty();
      assertThat(podLabels(deployment)).containsAllEntriesOf(matchLabels);
    }
  }

  @Test
  void rosterWriterVerifiesTheSessionTokensOfSsoService() {
    Map<String, String> writer = base.environment(container("roster-writer")).values();
    Map<String, String> sso = base.environment(container("sso-service")).values();

    assertThat(writer)
        .containsEntry(
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            base.serviceUrl("sso-service") + "/.well-known/jwks.json")
        .containsEntry("MP_JWT_VERIFY_ISSUER", sso.get("SSO_SESSION_ISSUER"));
    assertThat(sso.get("SSO_SESSION_ISSUER")).isNotBlank();
  }

  @Test
  void ssoServiceSignsSessionsWithAKeyMountedFromASecret() {
    JsonNode pod = podSpec(base.named("Deployment", "sso-service"));
    JsonNode container = onlyContainer(pod);
    Path keyFile =
        Path.of(base.environment(container).values().get("SSO_SESSION_SIGNING_KEY_FILE"));

    List<String> volumes =
        elements(container.path("volumeMounts"))
            .filter(m -> Path.of(m.path("mountPath").asText()).equals(keyFile.getParent()))
            .map(m -> m.path("name").asText())
            .toList();
    assertThat(volumes).as("a volume mounted at " + keyFile.getParent()).hasSize(1);
    List<String> secrets =
        elements(pod.path("volumes"))
            .filter(v -> volumes.get(0).equals(v.path("name").asText()))
            .map(v -> v.path("secret").path("secretName").asText())
            .toList();
    assertThat(secrets).as("the Secret of volume " + volumes.get(0)).hasSize(1);
    assertThat(KubernetesBase.secretData(base.named("Secret", secrets.get(0))))
        .containsKey(keyFile.getFileName().toString());
  }

  private static void assertProbe(JsonNode container, String probe, String path, int port) {
    JsonNode httpGet = container.path(probe).path("httpGet");
    assertThat(httpGet.path("path").asText()).as(probe).isEqualTo(path);
    assertThat(containerPort(container, httpGet.path("port"))).as(probe + " port").isEqualTo(port);
  }

  private static List<String> refs(JsonNode container, String kind) {
    return container.path("envFrom").findValues(kind).stream()
        .map(ref -> ref.path("name").asText())
        .toList();
  }

  private static JsonNode container(App app) {
    return container(app.name());
  }

  private static JsonNode container(String deployment) {
    return onlyContainer(podSpec(base.named("Deployment", deployment)));
  }

  private static JsonNode podSpec(JsonNode deployment) {
    return deployment.path("spec").path("template").path("spec");
  }

  private static Map<String, String> podLabels(JsonNode deployment) {
    return strings(deployment.path("spec").path("template").path("metadata").path("labels"));
  }
}
