package io.rosterbridge.cleverfetcher.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailureReason;
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
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One read of one district (table {@code fetch_run}). */
@Entity
// Only changed columns are written: a progress update must never undo a concurrent status change.
@DynamicUpdate
@Table(name = "fetch_run")
public class FetchRun extends PanacheEntityBase {

  @Id
  @Column(name = "run_id")
  public String runId;

  @Column(name = "district_id")
  public String districtId;

  /** The command that created the run (others may join it). */
  @Column(name = "command_id")
  public String commandId;

  /** The mode asked for. */
  @Enumerated(EnumType.STRING)
  @Column(name = "requested_mode")
  public SyncMode requestedMode;

  /** The mode read: an incremental run that falls back reads FULL. Null until started. */
  @Enumerated(EnumType.STRING)
  public SyncMode mode;

  @Enumerated(EnumType.STRING)
  public SyncTrigger trigger;

  @Column(name = "requested_by")
  public String requestedBy;

  @Enumerated(EnumType.STRING)
  public RunStatus status;

  /** The instance holding the lease. */
  public String owner;

  @Column(name = "heartbeat_at")
  public Instant heartbeatAt;

  /** Records published per type. */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<EntityType, Long> counts;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure_reason")
  public RunFailureReason failureReason;

  @Column(name = "failure_message")
  public String failureMessage;

  /** Why an incremental run read in full instead. */
  @Column(name = "fallback_reason")
  public String fallbackReason;

  /** Whether {@link #nextCursor} is known and becomes the district's cursor when fetched. */
  @Column(name = "has_cursor")
  public boolean hasCursor;

  @Column(name = "next_cursor")
  public String nextCursor;

  @Column(name = "next_cursor_at")
  public Instant nextCursorAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  /** The mode read, or the one asked for while the run has not started. */
  public SyncMode effectiveMode() {
    return mode != null ? mode : requestedMode;
  }
}
