package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who changed what, when and why (table audit_log). */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "district_id")
  public String districtId;

  @Column(name = "run_id")
  public String runId;

  @Column(name = "entity_type")
  public String entityType;

  @Column(name = "entity_id")
  public String entityId;

  public String action;

  public String actor;

  public String detail;

  public Instant at;

  /** A new entry stamped now. */
  public static AuditEntry of(
      String districtId,
      String entityType,
      String entityId,
      String action,
      String actor,
      String detail) {
    AuditEntry entry = new AuditEntry();
    entry.districtId = districtId;
    entry.entityType = entityType;
    entry.entityId = entityId;
    entry.action = action;
    entry.actor = actor;
    entry.detail = detail;
    entry.at = Instant.now();
    return entry;
  }
}
