package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A run-control message already handled, by its {@code ce_id} (table processed_message). */
@Entity
@Table(name = "processed_message")
public class ProcessedMessage extends PanacheEntityBase {

  @Id
  @Column(name = "message_id")
  public String messageId;

  @Column(name = "run_id")
  public String runId;

  @Column(name = "event_type")
  public String eventType;

  @Column(name = "processed_at")
  public Instant processedAt;
}
