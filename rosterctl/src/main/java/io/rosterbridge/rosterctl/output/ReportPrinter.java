package io.rosterbridge.rosterctl.output;

import static io.rosterbridge.rosterctl.output.Formats.count;
import static io.rosterbridge.rosterctl.output.Formats.lower;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.HeldDeletions;
import io.rosterbridge.events.report.LicenceUse;
import io.rosterbridge.events.report.ReportedConflict;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.report.StageTiming;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a run report for people: counts per entity, conflicts, held deletions, licences, stage
 * timings and, for a first connection's preview, the onboarding answers.
 */
public final class ReportPrinter {

  /** Conflicts listed one by one; above this, a count per reason and the first ones. */
  static final int LISTED_CONFLICTS = 10;

  private static final String INDENT = "  ";
  private static final int SAMPLE = 3;

  private final PrintWriter out;

  public ReportPrinter(PrintWriter out) {
    this.out = out;
  }

  /** The whole report. */
  public void print(RunReport report) {
    if (report == null) {
      out.println("The run has no report yet.");
      return;
    }
    headline(report);
    entities(report);
    conflicts(report);
    held(report);
    licences(report.licences());
    stages(report);
    if (report.onboarding() != null) {
      new OnboardingPrinter(out).print(report.onboarding());
    }
    if (!report.notes().isEmpty()) {
      out.println();
      out.println("Notes");
      report.notes().forEach(note -> out.println(INDENT + note));
    }
  }

  /** A run that failed before (or while) the writer applied it. */
  public void failure(RunFailed failed) {
    out.println(
        "Run "
            + failed.runId()
            + " of district "
            + failed.districtId()
            + " FAILED at stage "
            + lower(failed.stage())
            + ": "
            + failed.reason()
            + (failed.message() == null ? "" : " - " + failed.message()));
    out.println(INDENT + "failed at " + Formats.time(failed.failedAt()) + "; nothing was swept");
  }

  private void headline(RunReport r) {
    out.println(
        "Run "
            + r.runId()
            + " of district "
            + r.districtId()
            + ": "
            + r.state()
            + " ("
            + r.mode()
            + " sync, "
            + lower(r.trigger())
            + ")");
    out.println(
        INDENT
            + "started "
            + Formats.time(r.startedAt())
            + ", finished "
            + Formats.time(r.finishedAt())
            + " (took "
            + Formats.between(r.startedAt(), r.finishedAt())
            + ")");
    if (r.mode() == SyncMode.PREVIEW) {
      out.println(INDENT + "preview: nothing was applied; the counts say what a sync would do");
    }
  }

  private void entities(RunReport r) {
    out.println();
    Table table =
        new Table("entity", "created", "updated", "unchanged", "restored", "soft-deleted", "held")
            .alignRight(1, 2, 3, 4, 5, 6);
    for (EntityType type : EntityType.values()) {
      EntityCounts c = r.entities().get(type);
      if (c != null) {
        table.row(
            lower(type),
            count(c.created()),
            count(c.updated()),
            count(c.unchanged()),
            count(c.restored()),
            count(c.softDeleted()),
            count(c.held()));
      }
    }
    if (table.isEmpty()) {
      out.println("No entity counts (nothing was applied).");
    } else {
      table.print(out, "");
    }
  }

  private void conflicts(RunReport report) {
    List<ReportedConflict> conflicts = report.conflicts();
    int total = report.conflictTotal();
    out.println();
    if (total == 0) {
      out.println("Conflicts: none");
      return;
    }
    out.println("Conflicts (" + count(total) + ")");
    if (total > LISTED_CONFLICTS) {
      Table reasons = new Table("reason", "users").alignRight(1);
      new java.util.TreeMap<>(report.conflictCounts())
          .forEach((reason, n) -> reasons.row(reason, count(n))); // in the order of the reasons
      reasons.print(out, INDENT);
      out.println();
      out.println(INDENT + "the first " + Math.min(LISTED_CONFLICTS, conflicts.size()) + ":");
    }
    Table table = new Table("clever user", "account", "reason", "detail");
    conflicts.stream()
        .limit(LISTED_CONFLICTS)
        .forEach(c -> table.row(c.cleverUserId(), c.accountId(), c.reason(), c.message()));
    table.print(out, INDENT);
    int shown = Math.min(LISTED_CONFLICTS, conflicts.size());
    if (total > shown) {
      out.println(
          INDENT
              + "… and "
              + count(total - shown)
              + " more: rosterctl report --run "
              + report.runId()
              + " --json lists every one");
    }
  }

  private void held(RunReport r) {
    if (r.held().isEmpty()) {
      return;
    }
    out.println();
    out.println("Held deletions (the deletion guard kept them; nothing of these was soft-deleted)");
    Table table = new Table("entity", "held", "of active", "sample").alignRight(1, 2);
    for (HeldDeletions h : r.held()) {
      table.row(lower(h.entityType()), count(h.count()), count(h.active()), sample(h));
    }
    table.print(out, INDENT);
    if (r.state() == RunState.HELD) {
      out.println(INDENT + "apply them with: rosterctl approve --run " + r.runId());
    }
  }

  private void licences(LicenceUse licences) {
    if (licences == null) {
      return;
    }
    out.println();
    out.println("Licences");
    Table table = new Table("accounts", "active", "seats").alignRight(1, 2);
    table.row("students", count(licences.activeStudents()), seats(licences.studentSeats()));
    table.row("staff", count(licences.activeStaff()), seats(licences.staffSeats()));
    table.print(out, INDENT);
    licences.warnings().forEach(w -> out.println(INDENT + "WARNING: " + w));
  }

  private void stages(RunReport r) {
    if (r.stages().isEmpty()) {
      return;
    }
    out.println();
    out.println("Stage timings");
    Table table = new Table("stage", "took").alignRight(1);
    for (StageTiming stage : r.stages()) {
      table.row(lower(stage.stage()), Formats.millis(stage.millis()));
    }
    table.print(out, INDENT);
  }

  private static String seats(Long seats) {
    return seats == null ? "no limit" : count(seats);
  }

  private static String sample(HeldDeletions h) {
    List<String> ids = h.sample();
    String shown = String.join(", ", ids.subList(0, Math.min(SAMPLE, ids.size())));
    return ids.size() > SAMPLE ? shown + ", ..." : shown;
  }
}
