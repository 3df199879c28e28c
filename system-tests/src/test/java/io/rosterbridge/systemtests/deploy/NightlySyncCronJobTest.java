package io.rosterbridge.systemtests.deploy;

import static io.rosterbridge.systemtests.deploy.KubernetesBase.onlyContainer;
import static io.rosterbridge.systemtests.deploy.KubernetesBase.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the nightly sync CronJob of the k8s base: schedule, time zone, overlap and command. */
class NightlySyncCronJobTest {

  private static KubernetesBase base;

  @BeforeAll
  static void readBase() throws IOException {
    base = KubernetesBase.load();
  }

  @Test
  void triggersTheNightlySyncAtMidnightPacificTime() {
    assertThat(base.ofKind("CronJob")).hasSize(1);
    JsonNode spec = base.ofKind("CronJob").get(0).path("spec");

    assertThat(spec.path("schedule").asText()).isEqualTo("0 0 * * *");
    assertThat(spec.path("timeZone").asText()).isEqualTo("America/Los_Angeles");
    assertThat(spec.path("concurrencyPolicy").asText()).isEqualTo("Forbid");
    assertThat(spec.path("startingDeadlineSeconds").isInt()).isTrue();
    assertThat(spec.path("startingDeadlineSeconds").asInt())
        .as("a missed trigger is skipped before the next night's")
        .isPositive()
        .isLessThan(24 * 3600);

    JsonNode pod = spec.path("jobTemplate").path("spec").path("template").path("spec");
    JsonNode container = onlyContainer(pod);
    assertThat(container.path("image").asText()).isEqualTo("rosterbridge/rosterctl:0.1.0");
    assertThat(container.has("command")).as("the image's own entry point runs").isFalse();
    assertThat(texts(container.path("args"))).containsExactly("trigger-nightly");
    assertThat(pod.path("restartPolicy").asText()).isIn("Never", "OnFailure");
    assertThat(container.path("resources").path("limits").path("memory").asText()).isNotBlank();

    Map<String, String> env = base.environment(container).values();
    assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isNotBlank();
    assertThat(env)
        .containsEntry("ROSTERCTL_WRITER_URL", base.serviceUrl("roster-writer"))
        .containsEntry("ROSTERCTL_FETCHER_URL", base.serviceUrl("clever-fetcher"));
  }
}
