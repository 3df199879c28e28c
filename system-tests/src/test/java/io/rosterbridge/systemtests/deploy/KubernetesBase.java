package io.rosterbridge.systemtests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The kustomize base in {@code k8s/}: its resources as parsed YAML, and shared lookups. */
final class KubernetesBase {

  static final Path DIR = RepositoryFiles.ROOT.resolve("k8s");

  final JsonNode kustomization;
  final List<String> files;
  final List<JsonNode> resources;

  /** What a container sees as its environment, and which of the variables came from Secrets. */
  record Environment(Map<String, String> values, Set<String> fromSecrets) {}

  private KubernetesBase(JsonNode kustomization, List<String> files, List<JsonNode> resources) {
    this.kustomization = kustomization;
    this.files = files;
    this.resources = resources;
  }

  /** Reads kustomization.yaml and every resource file it lists. */
  static KubernetesBase load() throws IOException {
    JsonNode kustomization = RepositoryFiles.readYaml(DIR.resolve("kustomization.yaml"));
    List<String> files = texts(kustomization.path("resources"));
    List<JsonNode> resources = new ArrayList<>();
    for (String file : files) {
      // A listed file that is missing fails listsEveryManifestOfTheFolderAndEachParses, by name.
      if (Files.isRegularFile(DIR.resolve(file))) {
        resources.addAll(RepositoryFiles.readYamlDocuments(DIR.resolve(file)));
      }
    }
    return new KubernetesBase(kustomization, files, resources);
  }

  List<JsonNode> ofKind(String kind) {
    return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
  }

  /** The one resource of this kind and name; fails the test if there is none. */
  JsonNode named(String kind, String name) {
    List<JsonNode> found = ofKind(kind).stream().filter(r -> name.equals(nameOf(r))).toList();
    assertThat(found).as("%s %s in the base", kind, name).hasSize(1);
    return found.get(0);
  }

  boolean defines(String kind, String name) {
    return ofKind(kind).stream().anyMatch(r -> name.equals(nameOf(r)));
  }

  /** The container's environment: envFrom ConfigMaps and Secrets in order, then env. */
  Environment environment(JsonNode container) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> fromSecrets = new LinkedHashSet<>();
    for (JsonNode source : container.path("envFrom")) {
      if (source.has("configMapRef")) {
        String name = source.path("configMapRef").path("name").asText();
        Map<String, String> data = strings(named("ConfigMap", name).path("data"));
        values.putAll(data);
        fromSecrets.removeAll(data.keySet());
      }
      if (source.has("secretRef")) {
        Map<String, String> data =
            secretData(named("Secret", source.path("secretRef").path("name").asText()));
        values.putAll(data);
        fromSecrets.addAll(data.keySet());
      }
    }
    for (JsonNode variable : container.path("env")) {
      values.put(variable.path("name").asText(), variable.path("value").asText());
      fromSecrets.remove(variable.path("name").asText());
    }
    return new Environment(values, fromSecrets);
  }

  /** The in-cluster URL of a Service's first port, e.g. {@code http://roster-writer:8083}. */
  String serviceUrl(String service) {
    JsonNode port = named("Service", service).path("spec").path("ports").path(0);
    return "http://" + service + ":" + port.path("port").asInt();
  }

  /** A Secret's values, from stringData and (base64-decoded) data. */
  static Map<String, String> secretData(JsonNode secret) {
    Map<String, String> values = strings(secret.path("stringData"));
    secret
        .path("data")
        .properties()
        .forEach(
            e ->
                values.put(
                    e.getKey(),
                    new String(
                        Base64.getDecoder().decode(e.getValue().asText()),
                        StandardCharsets.UTF_8)));
    return values;
  }

  /** The pod template's only container; the services and the CronJob run one each. */
  static JsonNode onlyContainer(JsonNode podSpec) {
    assertThat(podSpec.path("containers").size()).as("containers").isEqualTo(1);
    return podSpec.path("containers").path(0);
  }

  /** The container port a probe or Service names, by number or by port name; -1 if none. */
  static int containerPort(JsonNode container, JsonNode port) {
    for (JsonNode declared : container.path("ports")) {
      if (port.isInt() && declared.path("containerPort").asInt() == port.asInt()
          || port.isTextual() && port.asText().equals(declared.path("name").asText())) {
        return declared.path("containerPort").asInt();
      }
    }
    return -1;
  }

  /** A memory quantity such as {@code 1Gi} or {@code 512Mi}, in bytes. */
  static long bytes(String quantity) {
    String[] units = {"Ki", "Mi", "Gi"};
    for (int i = 0; i < units.length; i++) {
      if (quantity.endsWith(units[i])) {
        long amount = Long.parseLong(quantity.substring(0, quantity.length() - 2));
        return amount << (10 * (i + 1));
      }
    }
    return Long.parseLong(quantity);
  }

  static String nameOf(JsonNode resource) {
    return resource.path("metadata").path("name").asText();
  }

  static Map<String, String> strings(JsonNode object) {
    Map<String, String> result = new LinkedHashMap<>();
    object.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
    return result;
  }

  static Stream<JsonNode> elements(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  static List<String> texts(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(node -> result.add(node.asText()));
    return result;
  }
}
