package io.rosterbridge.usermatcher.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.usermatcher.config.MatcherConfig;
import io.rosterbridge.usermatcher.entity.MatcherRun;
import io.rosterbridge.usermatcher.entity.RunStatus;
import io.rosterbridge.usermatcher.identity.IdentityIndex;
import io.rosterbridge.usermatcher.identity.IdentityResolver;
import io.rosterbridge.usermatcher.identity.KnownAccount;
import io.rosterbridge.usermatcher.identity.MatchRun;
import io.rosterbridge.usermatcher.identity.RunResolution;
import io.rosterbridge.usermatcher.identity.RunScope;
import io.rosterbridge.usermatcher.repository.AccountIndexRepository;
import io.rosterbridge.usermatcher.repository.ResolutionRepository;
import io.rosterbridge.usermatcher.repository.RunRepository;
import io.rosterbridge.usermatcher.repository.RunUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Closes a run when its RunFetched arrives, in one transaction: checks the run is complete, loads
 * its users and the district's index, resolves, stores the resolutions, records the index updates
 * (not for PREVIEW runs) and marks the run resolved. A run closed already is left as it is, so a
 * re-delivered RunFetched never resolves twice.
 */
@ApplicationScoped
public class RunResolver {

  private static final Logger LOG = Logger.getLogger(RunResolver.class);

  private final RunRepository runs;
  private final RunUserRepository users;
  private final AccountIndexRepository accounts;
  private final ResolutionRepository resolutions;
  private final AccountsCatchUp catchUp;
  private final MatcherConfig config;
  private final Clock clock;
  private final IdentityResolver resolver = new IdentityResolver();

  public RunResolver(
      RunRepository runs,
      RunUserRepository users,
      AccountIndexRepository accounts,
      ResolutionRepository resolutions,
      AccountsCatchUp catchUp,
      MatcherConfig config,
      Clock clock) {
    this.runs = runs;
    this.users = users;
    this.accounts = accounts;
    this.resolutions = resolutions;
    this.catchUp = catchUp;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Resolves or fails the run, unless it is closed already; its close is then stored. The run waits
   * first for the index to catch up with {@code roster.accounts}, so that accounts published before
   * it closed take part in its decisions.
   */
  public void close(RunFetched fetched) {
    if (closedAlready(fetched)) {
      // A re-delivered RunFetched must not hold the consumer for the accounts catch-up.
      LOG.infof("RunFetched of run %s arrived again; the run is already closed", fetched.runId());
      return;
    }
    try {
      long behind = catchUp.await(config.accountsCatchUpTimeout());
      inTransaction(() -> decide(fetched, behind));
    } catch (RuntimeException e) {
      LOG.errorf(
          e, "run %s of district %s could not be resolved", fetched.runId(), fetched.districtId());
      inTransaction(() -> failUnresolved(fetched, e));
    }
  }

  private boolean closedAlready(RunFetched fetched) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              MatcherRun run = runs.findById(fetched.runId());
              return run != null && run.isClosed();
            });
  }

  private void decide(RunFetched fetched, long accountsBehind) {
    accounts.lockDistrict(fetched.districtId());
    MatcherRun run = locked(fetched);
    if (run.isClosed()) {
      LOG.infof("RunFetched of run %s arrived again; the run is already %s", run.runId, run.status);
      return;
    }
    run.incremental = fetched.incremental();
    run.fetchedCounts = fetched.counts();
    run.usersReceived = users.count(run.runId);
    Optional<String> gap = incompleteness(run);
    if (gap.isPresent()) {
      fail(run, RunFailureReason.INCOMPLETE_RUN, gap.get());
    } else if (accountsBehind > 0) {
      fail(
          run,
          RunFailureReason.INTERNAL_ERROR,
          ("the identity index had not read %d account(s) on roster.accounts after waiting %s;"
                  + " nothing was resolved, so no account is created twice; sync again")
              .formatted(accountsBehind, config.accountsCatchUpTimeout()));
    } else {
      resolve(run, RunScope.ofFetched(fetched.incremental()));
    }
  }

  /** Why the matcher cannot trust the run to hold every user it should, if it cannot. */
  private static Optional<String> incompleteness(MatcherRun run) {
    if (run.mode == null) {
      return Optional.of("the run's RunStarted never reached the matcher; nothing was resolved");
    }
    long expected = run.fetchedCounts.getOrDefault(EntityType.USER, 0L);
    if (run.usersReceived != expected) {
      return Optional.of(
          "the matcher received %d of the %d users the fetcher read; nothing was resolved"
              .formatted(run.usersReceived, expected));
    }
    return Optional.empty();
  }

  private void resolve(MatcherRun run, RunScope scope) {
    long started = System.nanoTime();
    IdentityIndex index = IdentityIndex.of(run.districtId, accounts.index(run.districtId));
    MatchRun match = new MatchRun(run.districtId, users.load(run.runId), scope);
    RunResolution resolution = resolver.resolve(index, match);
    Instant now = now();
    resolutions.store(run.runId, resolution.toEvents(run.runId));
    if (run.mode != SyncMode.PREVIEW) {
      accounts.record(run.districtId, run.runId, changed(index, resolution), now);
    }
    run.resolvedUsers = resolution.resolutions().size();
    run.notRostered = resolution.notRostered().size();
    run.conflicts = resolution.reported();
    run.resolvedAt = now;
    close(run, RunStatus.RESOLVED, now);
    purgeOlderRuns(run.districtId);
    LOG.infof(
        "run %s of district %s resolved: %d users, %d reported, %d index updates in %d ms",
        run.runId,
        run.districtId,
        run.resolvedUsers,
        run.conflicts,
        run.mode == SyncMode.PREVIEW ? 0 : resolution.indexUpdates().size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The accounts as the run's index updates leave them. */
  private static List<KnownAccount> changed(IdentityIndex index, RunResolution resolution) {
    return resolution.indexUpdates().stream()
        .map(u -> u.applyTo(index.account(u.accountId())))
        .toList();
  }

  private void failUnresolved(RunFetched fetched, RuntimeException cause) {
    MatcherRun run = locked(fetched);
    if (!run.isClosed()) {
      fail(run, RunFailureReason.INTERNAL_ERROR, "the matcher could not resolve the run: " + cause);
    }
  }

  private void fail(MatcherRun run, RunFailureReason reason, String message) {
    LOG.warnf("run %s of district %s failed: %s", run.runId, run.districtId, message);
    Instant now = now();
    run.failureStage = RunStage.MATCH;
    run.failureReason = reason;
    run.failureMessage = message;
    run.failedAt = now;
    close(run, RunStatus.FAILED, now);
  }

  private void close(MatcherRun run, RunStatus status, Instant now) {
    run.status = status;
    run.updatedAt = now;
    users.drop(run.runId);
  }

  /** Older runs' resolutions are purged: only the newest are ever re-delivered. */
  private void purgeOlderRuns(String districtId) {
    List<String> old = runs.beyondKept(districtId, Math.max(1, config.keptRuns()));
    if (!old.isEmpty()) {
      resolutions.purge(old);
      runs.update("resolutionsPurged = true where runId in ?1", old);
    }
  }

  private MatcherRun locked(RunFetched fetched) {
    MatcherRun run = runs.locked(fetched.runId());
    if (run == null) {
      run = MatcherRun.open(fetched.runId(), fetched.districtId(), now());
      runs.persist(run);
    }
    return run;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private void inTransaction(Runnable work) {
    QuarkusTransaction.requiringNew()
        .timeout((int) Math.max(1, config.resolveTimeout().toSeconds()))
        .run(work);
  }
}
