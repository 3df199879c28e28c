package io.rosterbridge.rosterctl.command;

import io.rosterbridge.events.SyncReportsMessage;
import io.rosterbridge.events.report.RunCompleted;
import io.rosterbridge.events.report.RunHeld;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.messaging.RunOutcome;
import io.rosterbridge.rosterctl.output.ReportPrinter;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints how {@code sync --wait} ended and returns its exit code. */
final class OutcomePrinter {

  private final PrintWriter out;
  private final PrintWriter err;

  OutcomePrinter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  int print(RunOutcome outcome, Duration timeout) {
    if (outcome instanceof RunOutcome.Reported reported) {
      return report(reported.report());
    }
    if (outcome instanceof RunOutcome.FailedUnreported failed) {
      RunProgress last = failed.last();
      out.println(
          "Run "
              + last.runId()
              + " of district "
              + last.districtId()
              + " FAILED at stage "
              + last.stage().name().toLowerCase(java.util.Locale.ROOT)
              + "; no report arrived: see rosterctl report --run "
              + last.runId());
      return ExitCodes.FAILED;
    }
    RunOutcome.TimedOut timedOut = (RunOutcome.TimedOut) outcome;
    err.println(
        timedOut.runId() == null
            ? "timed out after "
                + human(timeout)
                + ": no run took the command; is clever-fetcher running?"
            : "timed out after "
                + human(timeout)
                + " waiting for run "
                + timedOut.runId()
                + " (last seen: "
                + (timedOut.last() == null
                    ? "queued"
                    : timedOut.last().stage() + " " + timedOut.last().state())
                + "); it goes on: rosterctl report --run "
                + timedOut.runId());
    return ExitCodes.TIMED_OUT;
  }

  private int report(SyncReportsMessage message) {
    ReportPrinter printer = new ReportPrinter(out);
    if (message instanceof RunCompleted completed) {
      printer.print(completed.report());
      return ExitCodes.OK;
    }
    if (message instanceof RunHeld held) {
      printer.print(held.report());
      return ExitCodes.HELD;
    }
    printer.failure((RunFailed) message);
    return ExitCodes.FAILED;
  }

  private static String human(Duration d) {
    return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }
}
