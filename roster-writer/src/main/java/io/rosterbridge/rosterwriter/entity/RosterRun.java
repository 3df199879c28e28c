package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A run of a district as the writer saw it, and its report once finished (table roster_run). */
@Entity
@Table(name = "roster_run")
public class RosterRun extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "district_id")
  public String districtId;

  @Enumerated(EnumType.STRING)
  public SyncMode mode;

  @Enumerated(EnumType.STRING)
  public SyncTrigger trigger;

  @Column(name = "requested_by")
  public String requestedBy;

  @Enumerated(EnumType.STRING)
  public RunState state;

  /** Whether the writer received every record the fetcher counted (null until resolved). */
  public Boolean complete;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "fetched_counts")
  public String fetchedCounts;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "received_counts")
  public String receivedCounts;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure_stage")
  public RunStage failureStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure_reason")
  public RunFailureReason failureReason;

  @Column(name = "failure_message")
  public String failureMessage;

  /** The run's {@code RunReport} as JSON. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String report;

  @Column(name = "report_published")
  public boolean reportPublished;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "approved_by")
  public String approvedBy;

  /** True until the run is completed, held or failed. */
  public boolean isOpen() {
    return state == RunState.RUNNING;
  }
}
