package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account in a class as STUDENT, TEACHER (primary) or CO_TEACHER (table enrollment). */
@Entity
@Table(name = "enrollment")
public class Enrollment extends PanacheEntityBase {

  @Id public Long id;

  @Column(name = "district_id")
  public String districtId;

  @Column(name = "section_id")
  public Long sectionId;

  @Column(name = "account_id")
  public String accountId;

  public String role;

  @Column(name = "is_primary")
  public boolean primary;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;
}
