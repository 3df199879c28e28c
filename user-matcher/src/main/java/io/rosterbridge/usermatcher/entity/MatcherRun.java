package io.rosterbridge.usermatcher.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of one district as the matcher saw it (table {@code matcher_run}). */
@Entity
@Table(name = "matcher_run")
public class MatcherRun extends PanacheEntityBase {

  @Id
  @Column(name = "run_id")
  public String runId;

  @Column(name = "district_id")
  public String districtId;

  /** From RunStarted; null while RunStarted has not arrived. */
  @Enumerated(EnumType.STRING)
  public SyncMode mode;

  @Enumerated(EnumType.STRING)
  public SyncTrigger trigger;

  @Column(name = "started_at")
  public Instant startedAt;

  @Enumerated(EnumType.STRING)
  public RunStatus status;

  /** From RunFetched: whether the read was incremental (absence then proves nothing). */
  public Boolean incremental;

  /** The fetcher's RunFetched counts, passed on in RunResolved. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "fetched_counts")
  public Map<EntityType, Long> fetchedCounts;

  /** Distinct users buffered when RunFetched arrived. */
  @Column(name = "users_received")
  public Integer usersReceived;

  @Column(name = "resolved_users")
  public Integer resolvedUsers;

  @Column(name = "not_rostered")
  public Integer notRostered;

  /** Users reported (a conflict with any outcome). */
  public Long conflicts;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  /** FETCH for the fetcher's RunFailed, MATCH when the matcher failed the run itself. */
  @Enumerated(EnumType.STRING)
  @Column(name = "failure_stage")
  public RunStage failureStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure_reason")
  public RunFailureReason failureReason;

  @Column(name = "failure_message")
  public String failureMessage;

  @Column(name = "failed_at")
  public Instant failedAt;

  /** True once the stored resolutions were purged (an older run of the district). */
  @Column(name = "resolutions_purged")
  public boolean resolutionsPurged;

  /** When Kafka last acknowledged everything the run's close published. */
  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** A new open run. */
  public static MatcherRun open(String runId, String districtId, Instant now) {
    MatcherRun run = new MatcherRun();
    run.runId = runId;
    run.districtId = districtId;
    run.status = RunStatus.OPEN;
    run.createdAt = now;
    run.updatedAt = now;
    return run;
  }

  /** True when the run's close was decided (resolved or failed) or it was abandoned. */
  public boolean isClosed() {
    return status != RunStatus.OPEN;
  }
}
