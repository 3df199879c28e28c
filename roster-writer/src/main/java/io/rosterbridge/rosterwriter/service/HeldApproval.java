package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import io.rosterbridge.rosterwriter.repository.Jdbc;
import io.rosterbridge.rosterwriter.repository.OutboxRepository;
import io.rosterbridge.rosterwriter.repository.Sql;
import io.rosterbridge.rosterwriter.repository.SweepRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An operator's approval of a run's held deletions: applies those still lacking (active, not
 * protected, not had again by a later run), marks the rest superseded, and re-publishes the run's
 * report.
 */
@ApplicationScoped
public class HeldApproval {

  private static final List<EntityType> TYPES =
      List.of(
          EntityType.SCHOOL,
          EntityType.TERM,
          EntityType.COURSE,
          EntityType.SECTION,
          EntityType.USER,
          EntityType.ENROLLMENT);

  private final Jdbc jdbc;
  private final SweepRepository sweeps;
  private final OutboxRepository outbox;

  public HeldApproval(Jdbc jdbc, SweepRepository sweeps, OutboxRepository outbox) {
    this.jdbc = jdbc;
    this.sweeps = sweeps;
    this.outbox = outbox;
  }

  /** What an approval did: per "TYPE STATUS" (e.g. {@code USER APPLIED}), how many. */
  public record Approval(String runId, Map<String, Long> decided) {}

  /**
   * Approves the run's held deletions, once: approvals of one run take their turns.
   *
   * @throws RunNotFoundException when there is no such run
   * @throws RunNotHeldException when the run holds nothing
   */
  public Approval approve(String runId, String actor) {
    return jdbc.inNewTransaction(Duration.ofMinutes(10), c -> approve(c, runId, actor));
  }

  private Approval approve(Connection c, String runId, String actor) throws SQLException {
    // the run's row is locked until the commit: a second approval waits, then finds it decided
    RosterRun run = RosterRun.findById(runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null) {
      throw new RunNotFoundException(runId);
    }
    if (run.state != RunState.HELD) {
      throw new RunNotHeldException(runId, run.state);
    }
    Instant now = Instant.now();
    Map<String, Object> params = params(run, actor, now);
    Sql.script("create-work-tables").execute(c);
    Sql.script("approve-eligible").update(c, params);
    for (EntityType type : TYPES) {
      params.put("type", type.name());
      sweeps.softDelete(c, type, params);
    }
    Map<String, Long> decided = Sql.script("mark-held-decided").counts(c, params);
    outbox.enqueueChanged(c);
    HeldReports.approved(run, decided, actor, now);
    return new Approval(runId, decided);
  }

  private static Map<String, Object> params(RosterRun run, String actor, Instant now) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", run.id);
    params.put("district", run.districtId);
    params.put("now", now);
    params.put("actor", actor);
    params.put("started", run.startedAt);
    return params;
  }
}
