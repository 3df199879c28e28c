package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.rosterwriter.entity.RosterRun;
import io.rosterbridge.rosterwriter.repository.Jdbc;
import io.rosterbridge.rosterwriter.repository.StagingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Stores a batch of run records in the staging tables, in one transaction. Records of runs already
 * finished (a replay) are dropped; a run never announced by {@code RunStarted} is opened bare.
 */
@ApplicationScoped
public class RunStaging {

  private static final Logger LOG = Logger.getLogger(RunStaging.class);

  private final Jdbc jdbc;
  private final StagingRepository staging;

  public RunStaging(Jdbc jdbc, StagingRepository staging) {
    this.jdbc = jdbc;
    this.staging = staging;
  }

  /** Stages the records; retried, as re-staging the same records changes nothing. */
  @Retry(maxRetries = 4, delay = 500, jitter = 250)
  public void stage(StagedRecords records) {
    if (records.isEmpty()) {
      return;
    }
    jdbc.inNewTransaction(
        Duration.ofMinutes(2),
        c -> {
          records.retainRuns(openRuns(records.runs()));
          staging.copy(c, records.rows());
          return null;
        });
  }

  private static Set<String> openRuns(Map<String, String> runs) {
    Set<String> open = new HashSet<>();
    runs.forEach(
        (runId, districtId) -> {
          RosterRun run = RosterRun.findById(runId);
          if (run == null) {
            LOG.warnf("records of run %s arrived before its RunStarted", runId);
            run = RunRecords.opened(runId, districtId, Instant.now());
            run.persist();
          }
          if (run.isOpen()) {
            open.add(runId);
          }
        });
    return open;
  }
}
