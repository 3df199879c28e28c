package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.HeldDeletions;
import io.rosterbridge.rosterwriter.repository.SweepRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep of a complete run: per entity type, what the run lacks is soft-deleted, or held as a
 * whole when the deletion guard says so. Unless the users are held, MANUAL accounts whose Clever
 * user is gone lose the roles Clever gave them.
 */
@ApplicationScoped
public class RunSweeper {

  private static final List<EntityType> SWEPT =
      List.of(
          EntityType.SCHOOL,
          EntityType.TERM,
          EntityType.COURSE,
          EntityType.SECTION,
          EntityType.USER,
          EntityType.ENROLLMENT);

  private final SweepRepository sweeps;

  public RunSweeper(SweepRepository sweeps) {
    this.sweeps = sweeps;
  }

  /** What the sweep did: held deletions per type, and every candidate per type. */
  public record Result(List<HeldDeletions> held, Map<EntityType, Long> candidates) {}

  /** Sweeps the run; counts go into the tally. */
  public Result sweep(Connection c, RunContext ctx, EntityTally tally) throws SQLException {
    Map<String, Long> deletableAfterMerge = sweeps.deletableCounts(c, ctx.params());
    sweeps.collectCandidates(c, ctx.incremental(), ctx.params());
    Map<String, Long> candidates = sweeps.candidateCounts(c);
    List<HeldDeletions> held = new ArrayList<>();
    Map<EntityType, Long> perType = new EnumMap<>(EntityType.class);
    for (EntityType type : SWEPT) {
      long count = candidates.getOrDefault(type.name(), 0L);
      if (count == 0) {
        continue;
      }
      perType.put(type, count);
      long after = deletableAfterMerge.getOrDefault(type.name(), 0L);
      long before = after - tally.addedBack(type);
      Map<String, Object> params = ctx.params("type", type.name(), "actor", "sync");
      if (DeletionGuard.holds(count, before, after, ctx.guard())) {
        sweeps.hold(c, type, params);
        tally.held(type, count);
        held.add(new HeldDeletions(type, count, before, sweeps.sample(c, type, ctx.heldSample())));
      } else {
        tally.softDeleted(type, sweeps.softDelete(c, type, params));
      }
    }
    if (held.stream().noneMatch(h -> h.entityType() == EntityType.USER)) {
      tally.merged(
          EntityType.USER, sweeps.sweepManualCleverRoles(c, ctx.incremental(), ctx.params()));
    }
    return new Result(held, perType);
  }
}
