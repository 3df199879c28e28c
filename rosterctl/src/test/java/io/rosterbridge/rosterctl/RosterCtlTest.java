package io.rosterbridge.rosterctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

@QuarkusMainTest
class RosterCtlTest {

  @Test
  @Launch("--help")
  void helpDescribesTheCommand(LaunchResult result) {
    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput())
        .startsWith("Usage: rosterctl [-hV]")
        .contains("Support and operations for Rosterbridge");
  }

  @Test
  @Launch("--version")
  void versionNamesTheRelease(LaunchResult result) {
    assertThat(result.getOutput()).isEqualTo("rosterctl 0.1.0-SNAPSHOT");
  }

  @Test
  @Launch(value = "--no-such-option", exitCode = 64)
  void unknownOptionIsAUsageError(LaunchResult result) {
    assertThat(result.getErrorOutput()).contains("Unknown option: '--no-such-option'");
  }
}
