package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterwriter.repository.AccountMergeRepository;
import io.rosterbridge.rosterwriter.repository.EntityMergeRepository;
import io.rosterbridge.rosterwriter.repository.EntityMergeRepository.Merged;
import io.rosterbridge.rosterwriter.repository.OutboxRepository;
import io.rosterbridge.rosterwriter.repository.RosterStatistics;
import io.rosterbridge.rosterwriter.repository.Sql;
import io.rosterbridge.rosterwriter.repository.StagingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Applies one run from its staged records, inside the caller's transaction: settles the district's
 * earlier held runs when it is a complete full run, merges every entity type, sweeps a complete run
 * under the deletion guard, queues changed accounts for publication, reports, and forgets the
 * staged rows. A PREVIEW does all of it but the settling and then rolls the roster back.
 */
@ApplicationScoped
public class RunApplier {

  private final EntityMergeRepository entities;
  private final AccountMergeRepository accounts;
  private final RunSweeper sweeper;
  private final RunReporter reporter;
  private final OutboxRepository outbox;
  private final StagingRepository staging;
  private final RosterStatistics statistics;
  private final HeldSettlement settlement;

  public RunApplier(
      EntityMergeRepository entities,
      AccountMergeRepository accounts,
      RunSweeper sweeper,
      RunReporter reporter,
      OutboxRepository outbox,
      StagingRepository staging,
      RosterStatistics statistics,
      HeldSettlement settlement) {
    this.entities = entities;
    this.accounts = accounts;
    this.sweeper = sweeper;
    this.reporter = reporter;
    this.outbox = outbox;
    this.staging = staging;
    this.statistics = statistics;
    this.settlement = settlement;
  }

  /** Applies the run and returns how it ended; the caller commits. */
  public RunOutcome apply(Connection c, RunContext applied) throws SQLException {
    StageClock clock = new StageClock(applied.receiveMillis());
    Sql.script("create-work-tables").execute(c);
    // before any roster row is written: an approval also locks its run before roster rows, so the
    // two wait for each other instead of deadlocking
    RunContext ctx = applied.withNotes(settlement.settle(c, applied));
    if (ctx.preview()) {
      Sql.of("savepoint preview_run").execute(c);
    }
    RunReporter.Before before = reporter.before(c, ctx);
    EntityTally tally = new EntityTally();
    merge(c, ctx, tally);
    clock.lap("merge");
    RunSweeper.Result swept =
        ctx.complete() ? sweeper.sweep(c, ctx, tally) : new RunSweeper.Result(List.of(), Map.of());
    clock.lap("sweep");
    outbox.enqueueChanged(c);
    RunReport report = reporter.report(c, ctx, before, tally, swept, clock);
    if (ctx.preview()) {
      Sql.of("rollback to savepoint preview_run").execute(c);
    }
    staging.clear(c, ctx.runId());
    List<String> bulkChanged = ctx.preview() ? List.of() : statistics.bulkChanged(tally::written);
    return new RunOutcome(report.state(), report, bulkChanged);
  }

  private void merge(Connection c, RunContext ctx, EntityTally tally) throws SQLException {
    Map<String, Object> params = ctx.params();
    String district = entities.mergeDistrict(c, params);
    if (district != null) {
      tally.merged(EntityType.DISTRICT, Map.of(district, 1L));
    }
    tally.merged(EntityType.SCHOOL, entities.merge(c, Merged.SCHOOL, params));
    tally.merged(EntityType.TERM, entities.merge(c, Merged.TERM, params));
    tally.merged(EntityType.COURSE, entities.merge(c, Merged.COURSE, params));
    tally.merged(EntityType.SECTION, entities.merge(c, Merged.SECTION, params));
    tally.merged(EntityType.USER, accounts.mergeAccounts(c, ctx.complete(), params));
    tally.merged(EntityType.ENROLLMENT, accounts.mergeEnrollments(c, params));
  }

  /** The state a report of this context ends in. */
  static RunState stateOf(RunContext ctx, boolean held) {
    if (!ctx.complete()) {
      return RunState.FAILED;
    }
    return held && !ctx.preview() ? RunState.HELD : RunState.COMPLETED;
  }
}
