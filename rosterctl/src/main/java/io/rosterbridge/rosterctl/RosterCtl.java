package io.rosterbridge.rosterctl;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** The {@code rosterctl} command: support and operations for Rosterbridge. */
@TopCommand
@Command(
    name = "rosterctl",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCtlVersion.class,
    description =
        "Support and operations for Rosterbridge: syncs, held deletions, admins and runs.")
public class RosterCtl {}
