package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.rosterwriter.entity.AuditEntry;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import io.rosterbridge.rosterwriter.repository.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settles a district's earlier held runs when a complete full run applies: that run decides afresh
 * what Clever lacks (it soft-deletes it, holds it again under its own id, or finds it present), so
 * the deletions the earlier runs hold are superseded without an operator. Each such run is
 * completed, its report says which run superseded it and is published again, and the settlement is
 * audited, all in the applying run's transaction. Incremental runs do not read absence and previews
 * write nothing, so neither settles anything.
 */
@ApplicationScoped
public class HeldSettlement {

  /** Whether applying the run settles the district's earlier held runs. */
  static boolean settles(RunContext ctx) {
    return ctx.complete() && ctx.mode() == SyncMode.FULL && !ctx.incremental();
  }

  /**
   * Settles the district's runs held before this one started; returns notes for this run's report.
   * Their rows are locked first, as an approval locks its run first: an approval of one of them
   * waits for this run and then finds nothing held, and the two never deadlock on roster rows.
   */
  public List<String> settle(Connection c, RunContext ctx) throws SQLException {
    if (!settles(ctx)) {
      return List.of();
    }
    List<RosterRun> held =
        RosterRun.<RosterRun>find(
                "districtId = ?1 and state = ?2 and startedAt < ?3 order by startedAt",
                ctx.districtId(),
                RunState.HELD,
                ctx.startedAt())
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .list();
    List<String> notes = new ArrayList<>();
    for (RosterRun run : held) {
      long pending =
          Sql.script("supersede-held").update(c, Map.of("held", run.id, "now", ctx.now()));
      HeldReports.superseded(run, ctx.runId(), pending, ctx.now());
      audit(run, ctx, pending);
      notes.add(
          "run " + run.id + " no longer holds deletions: this run decided afresh what it held");
    }
    return notes;
  }

  private static void audit(RosterRun run, RunContext ctx, long pending) {
    AuditEntry entry =
        AuditEntry.of(
            ctx.districtId(),
            "RUN",
            run.id,
            "HELD_SUPERSEDED",
            "sync",
            pending + " held deletions superseded by run " + ctx.runId());
    entry.runId = ctx.runId();
    entry.at = ctx.now();
    entry.persist();
  }
}
