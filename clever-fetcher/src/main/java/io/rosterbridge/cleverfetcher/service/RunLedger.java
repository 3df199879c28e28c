package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.entity.EventsCursor;
import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.entity.RunStatus;
import io.rosterbridge.cleverfetcher.repository.CursorRepository;
import io.rosterbridge.cleverfetcher.repository.RunRepository;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.SyncMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every change of a run's state, each in its own transaction, guarded by the lease (kept by the
 * database's clock).
 */
@ApplicationScoped
public class RunLedger {

  private final RunRepository runs;
  private final CursorRepository cursors;
  private final Clock clock;

  public RunLedger(RunRepository runs, CursorRepository cursors, Clock clock) {
    this.runs = runs;
    this.cursors = cursors;
    this.clock = clock;
  }

  /**
   * Starts the district's oldest waiting run unless another holds a live lease. An active run whose
   * lease expired is taken over first, so that of several instances (or threads) only one settles
   * it. Leases are stamped and judged by the database's clock, never this instance's.
   */
  @Transactional
  public Claim claimNext(String districtId, String owner, Duration ttl) {
    runs.lockDistrict(districtId);
    Instant now = runs.now();
    FetchRun active = runs.active(districtId).orElse(null);
    if (active != null) {
      if (!active.heartbeatAt.isBefore(now.minus(ttl))) {
        return new Claim.Busy();
      }
      if (active.status == RunStatus.RUNNING && active.failureReason == null) {
        active.failureReason = RunFailureReason.INTERRUPTED;
        active.failureMessage =
            "abandoned: instance "
                + active.owner
                + " stopped renewing its lease at "
                + active.heartbeatAt;
      }
      active.owner = owner;
      active.heartbeatAt = now;
      return new Claim.Abandoned(active);
    }
    FetchRun next = runs.queued(districtId).stream().findFirst().orElse(null);
    if (next == null) {
      return new Claim.Idle();
    }
    next.status = RunStatus.RUNNING;
    next.owner = owner;
    next.heartbeatAt = now;
    next.startedAt = clock.instant();
    return new Claim.Claimed(next);
  }

  /** Records the mode read (and why an incremental run reads in full). */
  @Transactional
  public void started(String runId, SyncMode mode, String fallbackReason) {
    FetchRun run = locked(runId);
    run.mode = mode;
    run.fallbackReason = fallbackReason;
  }

  /** Records the events cursor the run leaves behind once it is fetched. */
  @Transactional
  public void cursor(String runId, String eventId, Instant validFrom) {
    FetchRun run = locked(runId);
    run.hasCursor = true;
    run.nextCursor = eventId;
    run.nextCursorAt = validFrom;
  }

  /** Stores progress and renews the lease; false when the owner no longer holds it. */
  @Transactional
  public boolean progress(String runId, String owner, Map<EntityType, Long> counts) {
    FetchRun run = locked(runId);
    if (run.status != RunStatus.RUNNING || !owner.equals(run.owner)) {
      return false;
    }
    run.counts = new EnumMap<>(counts);
    run.heartbeatAt = runs.now();
    return true;
  }

  /** Every record is acknowledged: RUNNING becomes COMPLETING, if the owner still holds it. */
  @Transactional
  public boolean completing(String runId, String owner, Map<EntityType, Long> counts) {
    FetchRun run = locked(runId);
    if (run.status != RunStatus.RUNNING || !owner.equals(run.owner)) {
      return false;
    }
    run.status = RunStatus.COMPLETING;
    run.counts = new EnumMap<>(counts);
    run.heartbeatAt = runs.now();
    return true;
  }

  /** Its RunFetched is acknowledged: the run is done and its events cursor becomes current. */
  @Transactional
  public void fetched(String runId) {
    FetchRun run = locked(runId);
    if (run.status != RunStatus.COMPLETING) {
      return;
    }
    run.status = RunStatus.FETCHED;
    run.finishedAt = clock.instant();
    if (run.hasCursor) {
      promoteCursor(run);
    }
  }

  /** Notes why the run fails before its RunFailed goes out, so a taker can still report it. */
  @Transactional
  public boolean failing(String runId, String owner, RunFailureReason reason, String message) {
    FetchRun run = locked(runId);
    if (run.status != RunStatus.RUNNING || !owner.equals(run.owner)) {
      return false;
    }
    run.failureReason = reason;
    run.failureMessage = message;
    return true;
  }

  /** Its RunFailed is acknowledged: the run ends as failed, if {@code owner} still holds it. */
  @Transactional
  public boolean failed(String runId, String owner) {
    FetchRun run = locked(runId);
    if (run.status != RunStatus.RUNNING || !owner.equals(run.owner)) {
      return false;
    }
    run.status = RunStatus.FAILED;
    run.finishedAt = clock.instant();
    return true;
  }

  /** Ends an abandoned RUNNING run after its RunFailed, if {@code owner} took it over. */
  @Transactional
  public boolean abandoned(String runId, String owner, RunFailureReason reason, String message) {
    FetchRun run = locked(runId);
    if (run.status != RunStatus.RUNNING || !owner.equals(run.owner)) {
      return false;
    }
    run.status = RunStatus.FAILED;
    run.failureReason = reason;
    run.failureMessage = message;
    run.finishedAt = clock.instant();
    return true;
  }

  /**
   * Renews the leases this owner holds among {@code runIds}; returns the ids it no longer holds.
   */
  @Transactional
  public Set<String> heartbeat(String owner, Collection<String> runIds) {
    runs.heartbeat(owner, runIds);
    Set<String> lost = new HashSet<>(runIds);
    runs.heldBy(owner, runIds).forEach(lost::remove);
    return lost;
  }

  /** Districts with waiting runs or with an abandoned active run. */
  @Transactional
  public List<String> districtsNeedingWork(Duration ttl) {
    return runs.districtsNeedingWork(ttl);
  }

  /** The district's events cursor, if it has one. */
  @Transactional
  public Optional<EventsCursor> currentCursor(String districtId) {
    return cursors.findByIdOptional(districtId);
  }

  private void promoteCursor(FetchRun run) {
    EventsCursor cursor = cursors.findById(run.districtId);
    boolean known = cursor != null;
    if (!known) {
      cursor = new EventsCursor();
      cursor.districtId = run.districtId;
    }
    cursor.eventId = run.nextCursor;
    cursor.validFrom = run.nextCursorAt;
    cursor.updatedAt = clock.instant();
    if (!known) {
      cursors.persist(cursor);
    }
  }

  private FetchRun locked(String runId) {
    return runs.findById(runId, LockModeType.PESSIMISTIC_WRITE);
  }
}
