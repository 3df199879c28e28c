package io.rosterbridge.rosterctl.command;

import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.config.CtlConfig;
import io.rosterbridge.rosterctl.messaging.CommandPublisher;
import io.rosterbridge.rosterctl.messaging.CommandPublisher.Published;
import io.rosterbridge.rosterctl.output.Formats;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rosterctl trigger-nightly}: what the nightly CronJob runs. Publishes the full sync of
 * every connected district; the command id names the night, so a second publish the same night is
 * one the fetcher has seen and ignores.
 */
@Command(
    name = "trigger-nightly",
    sortOptions = false,
    description = {
      "Request tonight's full sync of every district (the nightly CronJob).",
      "Publishes a SyncRequested (trigger NIGHTLY, district *, key *) to roster.sync-commands."
          + " Its command id is nightly-<date in ROSTERCTL_NIGHTLY_TIME_ZONE>, so running it again"
          + " the same night requests nothing more."
    })
public class TriggerNightlyCommand implements Callable<Integer> {

  /** Who the nightly command says asked for it, unless --as says otherwise. */
  public static final String REQUESTER = "rosterctl/nightly";

  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  private final CommandPublisher publisher;
  private final ZoneId zone;

  public TriggerNightlyCommand(CommandPublisher publisher, CtlConfig config) {
    this.publisher = publisher;
    this.zone = ZoneId.of(config.nightlyTimeZone());
  }

  @Override
  public Integer call() {
    Instant now = Instant.now();
    LocalDate night = now.atZone(zone).toLocalDate();
    SyncRequested command =
        new SyncRequested(
            "nightly-" + night,
            Topics.ALL_DISTRICTS,
            SyncTrigger.NIGHTLY,
            SyncMode.FULL,
            global.as == null ? REQUESTER : global.requester(),
            now);
    Published published = publisher.publish(Topics.ALL_DISTRICTS, command);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "published "
            + command.commandId()
            + " to "
            + published.topic()
            + " (key "
            + published.key()
            + ", partition "
            + published.partition()
            + ", offset "
            + published.offset()
            + ")");
    out.println(
        "  "
            + command.mode()
            + " sync of every connected district, trigger "
            + command.trigger()
            + ", requested by "
            + command.requestedBy()
            + " at "
            + Formats.time(command.requestedAt()));
    out.println(
        "  the fetcher runs each command id once: publishing it again tonight adds nothing");
    return ExitCodes.OK;
  }
}
