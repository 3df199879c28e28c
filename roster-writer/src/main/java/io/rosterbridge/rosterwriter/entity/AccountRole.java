package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.RoleSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A role of an account at a school (null for district-wide) and who granted it (table
 * account_role).
 */
@Entity
@Table(name = "account_role")
public class AccountRole extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id")
  public String accountId;

  @Enumerated(EnumType.STRING)
  public AccountRoleType role;

  /** The Clever school id, or null for a district-wide role. */
  @Column(name = "school_id")
  public String schoolId;

  @Enumerated(EnumType.STRING)
  public RoleSource source;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;
}
