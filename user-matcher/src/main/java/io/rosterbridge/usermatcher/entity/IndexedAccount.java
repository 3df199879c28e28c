package io.rosterbridge.usermatcher.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One account of the identity index (table {@code identity_account}). */
@Entity
@Table(name = "identity_account")
public class IndexedAccount extends PanacheEntityBase {

  @Id
  @Column(name = "account_id")
  public String accountId;

  @Column(name = "district_id")
  public String districtId;

  @Column(name = "clever_user_id")
  public String cleverUserId;

  /** The display form; null for none. */
  public String username;

  /** The key the matcher computed from {@link #username}. */
  @Column(name = "username_key")
  public String usernameKey;

  @Enumerated(EnumType.STRING)
  public AccountSource source;

  @Enumerated(EnumType.STRING)
  public AccountStatus status;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<AccountRole> roles;

  /** The writer's version last applied; 0 until the writer's first copy. */
  public long version;

  /** The run whose resolution last wrote the row; null for the writer's copy. */
  @Column(name = "resolved_in_run")
  public String resolvedInRun;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
