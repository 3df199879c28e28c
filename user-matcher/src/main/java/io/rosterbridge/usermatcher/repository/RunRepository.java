package io.rosterbridge.usermatcher.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.usermatcher.entity.MatcherRun;
import io.rosterbridge.usermatcher.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

/** Reads and writes the matcher's runs (table {@code matcher_run}). */
@ApplicationScoped
public class RunRepository implements PanacheRepositoryBase<MatcherRun, String> {

  /** The run, locked until the transaction ends; null when unknown. */
  public MatcherRun locked(String runId) {
    return findById(runId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The district's open runs other than {@code runId}. */
  public List<MatcherRun> otherOpenRuns(String districtId, String runId) {
    return list(
        "districtId = ?1 and runId <> ?2 and status = ?3", districtId, runId, RunStatus.OPEN);
  }

  /** The district's resolved runs older than its newest {@code kept} whose resolutions remain. */
  public List<String> beyondKept(String districtId, int kept) {
    return find(
            "districtId = ?1 and status = ?2 and resolutionsPurged = false"
                + " order by resolvedAt desc, runId desc",
            districtId,
            RunStatus.RESOLVED)
        .stream()
        .skip(kept)
        .map(r -> r.runId)
        .toList();
  }
}
