package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A class (Clever section); school, term and course are Clever ids (table section). */
@Entity
@Table(name = "section")
public class Section extends PanacheEntityBase {

  @Id public Long id;

  @Column(name = "district_id")
  public String districtId;

  @Column(name = "clever_id")
  public String cleverId;

  @Column(name = "school_id")
  public String schoolId;

  @Column(name = "term_id")
  public String termId;

  @Column(name = "course_id")
  public String courseId;

  public String name;

  public String period;

  public String subject;

  public String grade;

  @Column(name = "last_seen_run")
  public String lastSeenRun;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;
}
