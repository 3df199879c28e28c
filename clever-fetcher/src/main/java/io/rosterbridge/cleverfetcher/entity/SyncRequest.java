package io.rosterbridge.cleverfetcher.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sync command as the fetcher received it (table {@code sync_request}). */
@Entity
@Table(name = "sync_request")
public class SyncRequest extends PanacheEntityBase {

  @Id
  @Column(name = "command_id")
  public String commandId;

  @Column(name = "district_id")
  public String districtId;

  @Enumerated(EnumType.STRING)
  public SyncTrigger trigger;

  @Enumerated(EnumType.STRING)
  public SyncMode mode;

  @Column(name = "requested_by")
  public String requestedBy;

  @Column(name = "requested_at")
  public Instant requestedAt;

  @Column(name = "received_at")
  public Instant receivedAt;
}
