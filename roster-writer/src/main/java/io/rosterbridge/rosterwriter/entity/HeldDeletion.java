package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.clever.EntityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A soft-deletion the guard held back, and what became of it (table held_deletion). */
@Entity
@Table(name = "held_deletion")
public class HeldDeletion extends PanacheEntityBase {

  /** What became of a held deletion. */
  public enum Status {
    HELD,
    APPLIED,
    SUPERSEDED,
    SKIPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "run_id")
  public String runId;

  @Column(name = "district_id")
  public String districtId;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type")
  public EntityType entityType;

  /** Clever id (school, term, course, section), account id, or enrollment row id. */
  @Column(name = "entity_id")
  public String entityId;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "decided_at")
  public Instant decidedAt;
}
