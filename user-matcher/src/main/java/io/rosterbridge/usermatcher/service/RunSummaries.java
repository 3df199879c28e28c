package io.rosterbridge.usermatcher.service;

import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.usermatcher.entity.MatcherRun;
import io.rosterbridge.usermatcher.repository.ResolutionRepository;
import io.rosterbridge.usermatcher.repository.RunRepository;
import io.rosterbridge.usermatcher.service.RunSummary.Failure;
import io.rosterbridge.usermatcher.service.RunSummary.Reported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads what the matcher did with a run, for the read API. */
@ApplicationScoped
public class RunSummaries {

  private final RunRepository runs;
  private final ResolutionRepository resolutions;

  public RunSummaries(RunRepository runs, ResolutionRepository resolutions) {
    this.runs = runs;
    this.resolutions = resolutions;
  }

  /** The run's summary listing up to {@code limit} reported users; empty for an unknown run. */
  @Transactional
  public Optional<RunSummary> summary(String runId, int limit) {
    return runs.findByIdOptional(runId).map(run -> summary(run, limit));
  }

  private RunSummary summary(MatcherRun run, int limit) {
    return new RunSummary(
        run.runId,
        run.districtId,
        run.mode,
        run.trigger,
        run.status,
        Boolean.TRUE.equals(run.incremental),
        run.fetchedCounts,
        run.usersReceived,
        run.resolvedUsers,
        run.notRostered,
        run.conflicts,
        resolutions.outcomes(run.runId),
        resolutions.reported(run.runId, limit).stream().map(RunSummaries::reported).toList(),
        run.failureReason == null
            ? null
            : new Failure(run.failureStage, run.failureReason, run.failureMessage, run.failedAt),
        run.resolvedAt,
        run.publishedAt);
  }

  private static Reported reported(UserResolved event) {
    return new Reported(
        event.user().id(),
        event.accountId(),
        event.username(),
        event.outcome(),
        event.conflict().reason(),
        event.conflict().message());
  }
}
