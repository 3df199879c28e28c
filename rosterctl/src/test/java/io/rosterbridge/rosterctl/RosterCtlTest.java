package io.rosterbridge.rosterctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** The packaged entry point: help, version and usage errors, as a shell sees them. */
@QuarkusMainTest
class RosterCtlTest {

  @Test
  @Launch("--help")
  void helpListsTheCommandsExitCodesAndSettings(LaunchResult result) {
    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput())
        .startsWith("Usage: rosterctl [-hV] [COMMAND]")
        .contains("Support and operations for Rosterbridge")
        .contains("  sync ", "  approve ", "  runs ", "  report ", "  import-admins ")
        .contains("  trigger-nightly ", "  districts ")
        .contains(
            "Exit codes:\n"
                + "  0    completed (for sync --wait: the run completed)\n"
                + "  1    failed (the run failed, or the command could not be done)\n"
                + "  2    held (sync --wait: the run applied but holds deletions for approval)\n"
                + "  3    timed out (sync --wait: no report within --timeout; the run goes on)\n"
                + "  64   bad arguments\n")
        .contains("KAFKA_BOOTSTRAP_SERVERS", "ROSTERCTL_TOKEN", "ROSTERCTL_SIGNING_KEY");
  }

  @Test
  @Launch({"sync", "--help"})
  void syncHelpDocumentsTheExitCodesOfWait(LaunchResult result) {
    assertThat(result.exitCode()).isZero();
    assertThat(result.getOutput())
        .startsWith("Usage: rosterctl sync ")
        .contains("--district=ID", "--preview", "--incremental", "--wait", "--timeout=DURATION")
        .contains("  2    held (sync --wait: the run applied but holds deletions for approval)");
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

  @Test
  @Launch(
      value = {},
      exitCode = 64)
  void noCommandIsAUsageError(LaunchResult result) {
    assertThat(result.getErrorOutput())
        .startsWith("rosterctl: Missing required subcommand\nUsage: rosterctl [-hV] [COMMAND]");
  }
}
