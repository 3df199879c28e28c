package io.rosterbridge.usermatcher.service;

import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.usermatcher.entity.MatcherRun;
import io.rosterbridge.usermatcher.entity.RunStatus;
import io.rosterbridge.usermatcher.repository.RunRepository;
import io.rosterbridge.usermatcher.repository.RunUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Keeps track of open runs: records their start, buffers their users, and drops what a failed or
 * abandoned run buffered. Every step is idempotent, so a re-delivered record changes nothing.
 */
@ApplicationScoped
public class RunLedger {

  private static final Logger LOG = Logger.getLogger(RunLedger.class);

  private final RunRepository runs;
  private final RunUserRepository users;
  private final Clock clock;

  public RunLedger(RunRepository runs, RunUserRepository users, Clock clock) {
    this.runs = runs;
    this.users = users;
    this.clock = clock;
  }

  /** Records the run's mode and trigger; the district's other open runs are abandoned. */
  @Transactional
  public void started(RunStarted event) {
    MatcherRun run = existing(event.runId(), event.districtId());
    if (run.isClosed()) {
      LOG.infof("RunStarted of run %s arrived again; the run stays %s", run.runId, run.status);
      return;
    }
    run.mode = event.mode();
    run.trigger = event.trigger();
    run.startedAt = event.startedAt();
    run.updatedAt = clock.instant();
    for (MatcherRun other : runs.otherOpenRuns(event.districtId(), event.runId())) {
      LOG.warnf(
          "run %s of district %s never closed before run %s started; it is abandoned",
          other.runId, other.districtId, run.runId);
      close(other, RunStatus.ABANDONED);
    }
  }

  /** Buffers the user of an open run; returns false (and logs) when the run is already closed. */
  @Transactional
  public boolean buffer(UserFetched event) {
    return bufferAll(List.of(event)) == 1;
  }

  /**
   * Buffers users of open runs in one transaction, as {@link #buffer} does for each; users of runs
   * already closed are ignored (and logged). Returns how many were buffered.
   */
  @Transactional
  public int bufferAll(List<UserFetched> events) {
    Map<String, List<UserFetched>> byRun = new LinkedHashMap<>();
    events.forEach(e -> byRun.computeIfAbsent(e.runId(), r -> new ArrayList<>()).add(e));
    int buffered = 0;
    for (List<UserFetched> ofRun : byRun.values()) {
      UserFetched first = ofRun.get(0);
      MatcherRun run = existing(first.runId(), first.districtId());
      if (run.isClosed()) {
        LOG.infof(
            "%d users of run %s ignored: the run is already %s",
            ofRun.size(), run.runId, run.status);
        continue;
      }
      users.putAll(run.runId, ofRun.stream().map(UserFetched::user).toList());
      buffered += ofRun.size();
    }
    return buffered;
  }

  /**
   * Notes a user the (incremental) run removes, as the fetcher counts it among the run's users;
   * returns false (and logs) when the run is already closed.
   */
  @Transactional
  public boolean removed(RecordRemoved event) {
    MatcherRun run = existing(event.runId(), event.districtId());
    if (run.isClosed()) {
      LOG.infof(
          "removal of user %s in run %s ignored: the run is already %s",
          event.cleverId(), run.runId, run.status);
      return false;
    }
    users.putRemoval(event.runId(), event.cleverId());
    return true;
  }

  /** Records the fetcher's failure and drops the run's buffer; a closed run stays as it is. */
  @Transactional
  public void failed(RunFailed event) {
    MatcherRun run = existing(event.runId(), event.districtId());
    if (run.isClosed()) {
      LOG.infof("RunFailed of run %s arrived while the run is %s", run.runId, run.status);
      return;
    }
    run.failureStage = event.stage();
    run.failureReason = event.reason();
    run.failureMessage = event.message();
    run.failedAt = event.failedAt();
    close(run, RunStatus.FAILED);
  }

  /** Notes that Kafka acknowledged everything the run's close published. */
  @Transactional
  public void published(String runId) {
    MatcherRun run = runs.findById(runId);
    if (run != null) {
      run.publishedAt = clock.instant();
    }
  }

  private MatcherRun existing(String runId, String districtId) {
    MatcherRun run = runs.findById(runId);
    if (run == null) {
      run = MatcherRun.open(runId, districtId, clock.instant());
      runs.persist(run);
    }
    return run;
  }

  private void close(MatcherRun run, RunStatus status) {
    run.status = status;
    run.updatedAt = clock.instant();
    users.drop(run.runId);
  }
}
