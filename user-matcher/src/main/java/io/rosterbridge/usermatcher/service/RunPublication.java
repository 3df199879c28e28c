package io.rosterbridge.usermatcher.service;

import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.usermatcher.entity.MatcherRun;
import io.rosterbridge.usermatcher.entity.RunStatus;
import io.rosterbridge.usermatcher.repository.ResolutionRepository;
import io.rosterbridge.usermatcher.repository.RunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What a closed run publishes on {@code roster.changes}, read from the store every time: its
 * UserResolved events and RunResolved, or the RunFailed the matcher decided. The first publication
 * and every republication after a re-delivery or a restart are therefore the same.
 */
@ApplicationScoped
public class RunPublication {

  private static final Logger LOG = Logger.getLogger(RunPublication.class);

  private final RunRepository runs;
  private final ResolutionRepository resolutions;

  public RunPublication(RunRepository runs, ResolutionRepository resolutions) {
    this.runs = runs;
    this.resolutions = resolutions;
  }

  /** The messages closing the run, in publishing order; empty when there is nothing to publish. */
  @Transactional
  public List<RosterChangesMessage> closing(String runId) {
    MatcherRun run = runs.findById(runId);
    if (run != null && run.status == RunStatus.RESOLVED && !run.resolutionsPurged) {
      List<RosterChangesMessage> messages = new ArrayList<>(resolutions.load(runId));
      messages.add(resolved(run));
      return messages;
    }
    if (run != null && run.status == RunStatus.FAILED && run.failureStage == RunStage.MATCH) {
      return List.of(failed(run));
    }
    LOG.warnf(
        "nothing to publish for run %s (%s)",
        runId, run == null ? "unknown" : run.status + (run.resolutionsPurged ? ", purged" : ""));
    return List.of();
  }

  private static RunResolved resolved(MatcherRun run) {
    return new RunResolved(
        run.runId,
        run.districtId,
        run.fetchedCounts,
        Boolean.TRUE.equals(run.incremental),
        run.conflicts,
        run.resolvedAt);
  }

  private static RunFailed failed(MatcherRun run) {
    return new RunFailed(
        run.runId,
        run.districtId,
        run.failureStage,
        run.failureReason,
        run.failureMessage,
        run.failedAt);
  }
}
