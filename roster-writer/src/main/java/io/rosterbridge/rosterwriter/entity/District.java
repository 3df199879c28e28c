package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A district with its licence seats and deletion-guard thresholds (table district). */
@Entity
@Table(name = "district")
public class District extends PanacheEntityBase {

  /** The Clever district id. */
  @Id public String id;

  public String name;

  public String state;

  @Column(name = "student_seats")
  public Integer studentSeats;

  @Column(name = "staff_seats")
  public Integer staffSeats;

  /** Guard percentage; null means the configured default. */
  @Column(name = "guard_max_percent")
  public BigDecimal guardMaxPercent;

  /** Guard minimum record count; null means the configured default. */
  @Column(name = "guard_min_records")
  public Integer guardMinRecords;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
