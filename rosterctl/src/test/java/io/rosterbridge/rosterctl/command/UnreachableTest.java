package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.UnreachableProfile;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** When a service does not answer, rosterctl says so in one line, with what to do. */
@QuarkusTest
@TestProfile(UnreachableProfile.class)
class UnreachableTest {

  private static final String DEAD = "127.0.0.1:" + UnreachableProfile.DEAD_PORT;
  private static final String NO_KAFKA =
      "rosterctl: cannot reach Kafka at "
          + DEAD
          + ": start it with ./scripts/stack up or set KAFKA_BOOTSTRAP_SERVERS\n";

  @Inject Instance<CommandLine> commandLines;

  @Test
  void kafka() {
    for (String[] args :
        new String[][] {
          {"sync", "--district", "d-a"},
          {"sync", "--district", "d-a", "--wait"},
          {"trigger-nightly"}
        }) {
      CtlResult result = Ctl.run(commandLines.get(), args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).as(String.join(" ", args)).isEqualTo(NO_KAFKA);
    }
  }

  @Test
  void theWriter() {
    CtlResult result = Ctl.run(commandLines.get(), "report", "--run", "r1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: cannot reach the roster-writer at http://"
                + DEAD
                + ": start it, or set ROSTERCTL_WRITER_URL\n");
  }

  @Test
  void theFetcher() {
    CtlResult result = Ctl.run(commandLines.get(), "districts");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: cannot reach the clever-fetcher at http://"
                + DEAD
                + ": start it, or set ROSTERCTL_FETCHER_URL\n");
  }

  @Test
  void theFetcherWhenADistrictMustBeConnected(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("admins.csv");
    Files.writeString(csv, "username,role\nold.timer,legacy\n");
    String noFetcher =
        "rosterctl: cannot check that district d-a is connected in Clever: cannot reach the"
            + " clever-fetcher at http://"
            + DEAD
            + ": start it, or set ROSTERCTL_FETCHER_URL (or give --allow-unconnected to skip the"
            + " check)\n";

    CtlResult imported =
        Ctl.run(commandLines.get(), "import-admins", "--district", "d-a", csv.toString());
    CtlResult settings =
        Ctl.run(commandLines.get(), "login-settings", "--district", "d-a", "--clever", "on");

    assertThat(imported.exitCode()).isEqualTo(1);
    assertThat(imported.out()).isEmpty();
    assertThat(imported.err()).isEqualTo(noFetcher);
    assertThat(settings.exitCode()).isEqualTo(1);
    assertThat(settings.out()).isEmpty();
    assertThat(settings.err()).isEqualTo(noFetcher);
  }

  @Test
  void verboseAddsTheStackTrace() {
    CtlResult result = Ctl.run(commandLines.get(), "runs", "--verbose");

    assertThat(result.err().lines().findFirst())
        .hasValue(
            "rosterctl: cannot reach the roster-writer at http://"
                + DEAD
                + ": start it, or set ROSTERCTL_WRITER_URL");
    assertThat(result.err())
        .contains("io.rosterbridge.rosterctl.CtlException")
        .contains("Caused by: java.net.ConnectException");
  }
}
