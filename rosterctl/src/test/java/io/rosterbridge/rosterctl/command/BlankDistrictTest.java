package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.CtlTestProfile;
import io.rosterbridge.rosterctl.support.StubServer;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command that takes --district refuses a blank one before asking any service. */
@QuarkusTest
@TestProfile(CtlTestProfile.class)
class BlankDistrictTest {

  @Inject Instance<CommandLine> commandLines;

  private final StubServer stub = StubServer.get();

  @BeforeEach
  void reset() {
    stub.reset();
  }

  @Test
  void aBlankDistrictIsAUsageError(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("admins.csv");
    Files.writeString(csv, "username,role\nold.timer,legacy\n");
    for (String blank : new String[] {"", "  "}) {
      String[][] commands = {
        {"sync", "--district", blank},
        {"runs", "--district", blank},
        {"import-admins", "--district", blank, csv.toString()},
        {"login-settings", "--district", blank, "--clever", "on"}
      };
      for (String[] args : commands) {
        CtlResult result = Ctl.run(commandLines.get(), args);

        String command = args[0];
        assertThat(result.exitCode()).as(command).isEqualTo(64);
        assertThat(result.out()).as(command).isEmpty();
        assertThat(result.err())
            .as(command)
            .startsWith(
                "rosterctl: Invalid value for option '--district': a district id cannot be blank;"
                    + " give the district's Clever id (rosterctl districts lists them)\n"
                    + "Usage: rosterctl "
                    + command)
            .endsWith("Try 'rosterctl " + command + " --help' for more.\n");
      }
    }
    assertThat(stub.requests()).isEmpty();
  }
}
