package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.report.LicenceUse;
import io.rosterbridge.events.report.OnboardingAnswers;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.rosterwriter.repository.ReportRepository;
import io.rosterbridge.rosterwriter.repository.ReportRepository.Seats;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a run's report: counts, conflicts, held deletions, licence use, notes, onboarding. */
@ApplicationScoped
public class RunReporter {

  private final ReportRepository reports;

  public RunReporter(ReportRepository reports) {
    this.reports = reports;
  }

  /** What the onboarding answers need from before the apply (null unless a first preview). */
  public record Before(Map<String, Long> accountsBySource) {}

  /** Takes the before-picture when the run is the preview of a district's first connection. */
  public Before before(Connection c, RunContext ctx) throws SQLException {
    boolean connection = ctx.preview() && reports.firstConnection(c, ctx.params());
    return new Before(connection ? reports.activeAccountsBySource(c, ctx.params()) : null);
  }

  /** The report of the applied run. */
  public RunReport report(
      Connection c,
      RunContext ctx,
      Before before,
      EntityTally tally,
      RunSweeper.Result swept,
      StageClock clock)
      throws SQLException {
    LicenceUse licences = licences(reports.seats(c, ctx.params()));
    OnboardingAnswers onboarding =
        before.accountsBySource() == null ? null : onboarding(c, ctx, before, licences, swept);
    List<String> notes = notes(c, ctx);
    clock.lap("report");
    return new RunReport(
        ctx.runId(),
        ctx.districtId(),
        ctx.trigger(),
        ctx.mode(),
        RunApplier.stateOf(ctx, !swept.held().isEmpty()),
        ctx.startedAt(),
        ctx.now(),
        tally.toCounts(),
        reports.conflicts(c, ctx.params()),
        swept.held(),
        licences,
        clock.stages(),
        onboarding,
        notes,
        null);
  }

  private List<String> notes(Connection c, RunContext ctx) throws SQLException {
    List<String> notes = new ArrayList<>(ctx.notes());
    if (ctx.complete() && !ctx.incremental()) {
      for (String id : reports.keptOverrides(c, ctx.params())) {
        notes.add("account " + id + " is not in Clever but stays active: an admin restored it");
      }
    }
    for (String id : reports.overridesEnded(c)) {
      notes.add("account " + id + " is in Clever again and Clever-managed again");
    }
    long unresolved = reports.unresolvedMembers(c, ctx.params());
    if (unresolved > 0) {
      notes.add(unresolved + " section members name Clever users without an account; skipped");
    }
    if (ctx.preview()) {
      notes.add("preview: nothing was written to the roster");
    }
    return notes;
  }

  private static LicenceUse licences(Seats seats) {
    List<String> warnings = new ArrayList<>();
    if (seats.studentSeats() != null && seats.students() > seats.studentSeats()) {
      warnings.add(
          seats.students() + " active students exceed " + seats.studentSeats() + " student seats");
    }
    if (seats.staffSeats() != null && seats.staff() > seats.staffSeats()) {
      warnings.add(seats.staff() + " active staff exceed " + seats.staffSeats() + " staff seats");
    }
    return new LicenceUse(
        seats.studentSeats(), seats.students(), seats.staffSeats(), seats.staff(), warnings);
  }

  private OnboardingAnswers onboarding(
      Connection c, RunContext ctx, Before before, LicenceUse licences, RunSweeper.Result swept)
      throws SQLException {
    Map<String, Long> bySource = before.accountsBySource();
    Map<String, Long> outcomes = reports.outcomes(c, ctx.params());
    long users = outcomes.values().stream().mapToLong(Long::longValue).sum();
    long matched = outcomes.getOrDefault("LINKED_EXISTING", 0L);
    return new OnboardingAnswers(
        bySource.values().stream().mapToLong(Long::longValue).sum(),
        bySource.getOrDefault("LEGACY", 0L),
        bySource.getOrDefault("MANUAL", 0L),
        licences.warnings().isEmpty(),
        matched,
        users - matched,
        swept.candidates());
  }
}
