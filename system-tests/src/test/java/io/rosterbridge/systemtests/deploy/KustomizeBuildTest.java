package io.rosterbridge.systemtests.deploy;

import static io.rosterbridge.systemtests.deploy.KubernetesBase.nameOf;
import static io.rosterbridge.systemtests.deploy.KubernetesBase.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Renders the k8s base with {@code kubectl kustomize}, where kubectl is installed, and checks what
 * comes out: the same resources as the files, each labelled as part of Rosterbridge.
 */
class KustomizeBuildTest {

  @Test
  void rendersTheBaseWithCommonLabelsAndUnchangedSelectors() throws Exception {
    assumeTrue(
        kubectlOnPath(),
        "kubectl is not on PATH: skipped rendering the base with `kubectl kustomize k8s`");
    KubernetesBase base = KubernetesBase.load();

    List<JsonNode> rendered = RepositoryFiles.readYamlDocuments(kustomize());

    assertThat(rendered.stream().map(KustomizeBuildTest::id))
        .containsExactlyInAnyOrderElementsOf(
            base.resources.stream().map(KustomizeBuildTest::id).toList());
    for (JsonNode resource : rendered) {
      assertThat(labels(resource))
          .as(id(resource))
          .containsEntry("app.kubernetes.io/part-of", "rosterbridge")
          .containsKey("app.kubernetes.io/version");
    }
    for (JsonNode deployment : rendered.stream().filter(r -> isKind(r, "Deployment")).toList()) {
      JsonNode spec = deployment.path("spec");
      assertThat(strings(spec.path("template").path("metadata").path("labels")))
          .containsEntry("app.kubernetes.io/part-of", "rosterbridge")
          .containsKey("app.kubernetes.io/version");
      assertThat(spec.path("selector"))
          .as("the selector of " + nameOf(deployment) + " is as written")
          .isEqualTo(base.named("Deployment", nameOf(deployment)).path("spec").path("selector"));
    }
  }

  /** The output of {@code kubectl kustomize k8s}, run from the repository root. */
  private static String kustomize() throws IOException, InterruptedException {
    Path errors = Files.createTempFile("kustomize", ".err");
    try {
      Process process =
          new ProcessBuilder("kubectl", "kustomize", "k8s")
              .directory(RepositoryFiles.ROOT.toFile())
              .redirectError(errors.toFile())
              .start();
      byte[] output = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("kubectl kustomize finished").isTrue();
      assertThat(process.exitValue())
          .as("kubectl kustomize k8s: " + Files.readString(errors))
          .isZero();
      return new String(output, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  private static boolean kubectlOnPath() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "kubectl"))
        .anyMatch(Files::isExecutable);
  }

  private static boolean isKind(JsonNode resource, String kind) {
    return kind.equals(resource.path("kind").asText());
  }

  private static String id(JsonNode resource) {
    return resource.path("kind").asText() + "/" + nameOf(resource);
  }

  private static Map<String, String> labels(JsonNode resource) {
    return strings(resource.path("metadata").path("labels"));
  }
}
