package io.rosterbridge.rosterctl.command;

import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.messaging.CommandPublisher;
import io.rosterbridge.rosterctl.messaging.CommandPublisher.Published;
import io.rosterbridge.rosterctl.messaging.RunFollower;
import io.rosterbridge.rosterctl.messaging.RunFollowers;
import io.rosterbridge.rosterctl.messaging.RunOutcome;
import io.rosterbridge.rosterctl.messaging.RunWait;
import io.rosterbridge.rosterctl.output.ProgressDisplay;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rosterctl sync}: requests a sync of one district and, with --wait, follows it. */
@Command(
    name = "sync",
    sortOptions = false,
    description = {
      "Request a sync of one district and print the command id.",
      "Publishes a SyncRequested (trigger MANUAL) to roster.sync-commands, keyed by the district"
          + " id. With --wait, follows the run the command joins on roster.run-status and prints"
          + " its report from roster.sync-reports."
    })
public class SyncCommand implements Callable<Integer> {

  /** How --wait shows progress. */
  enum Progress {
    auto,
    bar,
    lines,
    none
  }

  private static final Duration LINE_EVERY = Duration.ofSeconds(5);

  @Spec CommandSpec spec;

  @Option(
      names = "--district",
      required = true,
      paramLabel = "ID",
      converter = DistrictIdConverter.class,
      description = "The district's Clever id.")
  String districtId;

  @Option(names = "--preview", description = "A dry run: report what a sync would do.")
  boolean preview;

  @Option(names = "--incremental", description = "Read Clever's events since the last sync.")
  boolean incremental;

  @Option(names = "--wait", description = "Follow the run and print its report.")
  boolean await;

  @Option(
      names = "--timeout",
      defaultValue = "10m",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long --wait waits, e.g. 90s, 10m, 1h (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--progress",
      defaultValue = "auto",
      paramLabel = "STYLE",
      description =
          "How --wait shows progress on stderr: ${COMPLETION-CANDIDATES} (default: a bar on a"
              + " terminal, else lines).")
  Progress progress;

  @Mixin GlobalOptions global;

  private final CommandPublisher publisher;
  private final RunFollowers followers;

  public SyncCommand(CommandPublisher publisher, RunFollowers followers) {
    this.publisher = publisher;
    this.followers = followers;
  }

  @Override
  public Integer call() {
    SyncRequested command = command();
    PrintWriter out = spec.commandLine().getOut();
    if (!await) {
      print(out, publisher.publish(command.districtId(), command));
      return ExitCodes.OK;
    }
    // Opened before publishing, so that nothing the command causes can be missed.
    try (RunFollower follower = followers.open()) {
      print(out, publisher.publish(command.districtId(), command));
      out.flush();
      RunOutcome outcome = new RunWait(follower, display()).await(command.commandId(), timeout);
      return new OutcomePrinter(out, spec.commandLine().getErr()).print(outcome, timeout);
    }
  }

  private SyncRequested command() {
    if (Topics.ALL_DISTRICTS.equals(districtId)) {
      throw new ParameterException(
          spec.commandLine(),
          "--district names one district; trigger-nightly requests every district");
    }
    if (preview && incremental) {
      throw new ParameterException(
          spec.commandLine(), "--preview and --incremental cannot be combined");
    }
    SyncMode mode = preview ? SyncMode.PREVIEW : incremental ? SyncMode.INCREMENTAL : SyncMode.FULL;
    return new SyncRequested(
        "manual-" + UUID.randomUUID(),
        districtId,
        SyncTrigger.MANUAL,
        mode,
        global.requester(),
        Instant.now());
  }

  private void print(PrintWriter out, Published published) {
    SyncRequested c = published.command();
    out.println(
        "requested "
            + (c.mode() == SyncMode.INCREMENTAL ? "an " : "a ")
            + c.mode()
            + " sync of district "
            + c.districtId()
            + " as "
            + c.requestedBy()
            + ": command "
            + c.commandId());
  }

  private ProgressDisplay display() {
    PrintWriter err = spec.commandLine().getErr();
    Progress style =
        progress == Progress.auto
            ? (System.console() != null ? Progress.bar : Progress.lines)
            : progress;
    return switch (style) {
      case bar -> ProgressDisplay.bar(err);
      case lines -> ProgressDisplay.lines(err, LINE_EVERY);
      default -> ProgressDisplay.none();
    };
  }
}
