package io.rosterbridge.rosterctl;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.rosterbridge.rosterctl.command.ApproveCommand;
import io.rosterbridge.rosterctl.command.DistrictsCommand;
import io.rosterbridge.rosterctl.command.ImportAdminsCommand;
import io.rosterbridge.rosterctl.command.LoginSettingsCommand;
import io.rosterbridge.rosterctl.command.ReportCommand;
import io.rosterbridge.rosterctl.command.RunsCommand;
import io.rosterbridge.rosterctl.command.SyncCommand;
import io.rosterbridge.rosterctl.command.TriggerNightlyCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code rosterctl} command: support and operations for Rosterbridge. */
@TopCommand
@Command(
    name = "rosterctl",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCtlVersion.class,
    description =
        "Support and operations for Rosterbridge: syncs, held deletions, admins and runs.",
    subcommands = {
      SyncCommand.class,
      ApproveCommand.class,
      RunsCommand.class,
      ReportCommand.class,
      ImportAdminsCommand.class,
      TriggerNightlyCommand.class,
      DistrictsCommand.class,
      LoginSettingsCommand.class,
      HelpCommand.class
    },
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  KAFKA_BOOTSTRAP_SERVERS  Kafka brokers (default localhost:9092)",
      "  ROSTERCTL_WRITER_URL     roster-writer (default http://localhost:8083)",
      "  ROSTERCTL_FETCHER_URL    clever-fetcher (default http://localhost:8081)",
      "  ROSTERCTL_SSO_URL        sso-service (default http://localhost:8084)",
      "  ROSTERCTL_TOKEN          an operator's bearer JWT for the writer, or",
      "  ROSTERCTL_SIGNING_KEY    a PEM PKCS#8 RSA private key: rosterctl mints a",
      "                           short-lived operator token (iss from",
      "                           ROSTERCTL_TOKEN_ISSUER, default rosterbridge-ops)",
      "Every setting: rosterctl/README.md. Help on a command: rosterctl help COMMAND"
    })
public class RosterCtl {}
