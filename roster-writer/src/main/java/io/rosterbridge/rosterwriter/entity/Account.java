package io.rosterbridge.rosterwriter.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account of the application, Clever-linked or not (table account). */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "district_id")
  public String districtId;

  @Column(name = "clever_user_id")
  public String cleverUserId;

  /** The display form. */
  public String username;

  /** The comparable form (NFKC, trimmed, lower case). */
  @Column(name = "username_key")
  public String usernameKey;

  @Enumerated(EnumType.STRING)
  public AccountSource source;

  @Column(name = "first_name")
  public String firstName;

  @Column(name = "middle_name")
  public String middleName;

  @Column(name = "last_name")
  public String lastName;

  @Enumerated(EnumType.STRING)
  public AccountStatus status;

  /** Restored by an admin while Clever lacks it: sweeps keep it active. */
  @Column(name = "admin_override")
  public boolean adminOverride;

  public long version;

  @Column(name = "last_seen_run")
  public String lastSeenRun;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;
}
