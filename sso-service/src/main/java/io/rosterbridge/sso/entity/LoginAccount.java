package io.rosterbridge.sso.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rosterbridge.events.account.AccountStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One account of the login index, projected from {@code roster.accounts}. */
@Entity
@Table(name = "login_account")
public class LoginAccount extends PanacheEntityBase {

  @Id
  @Column(name = "account_id")
  public String accountId;

  @Column(name = "district_id")
  public String districtId;

  @Column(name = "clever_user_id")
  public String cleverUserId;

  public String username;

  @Column(name = "username_key")
  public String usernameKey;

  /** The username key before its last {@code @}, for districts that compare only that part. */
  @Column(name = "username_local_key")
  public String usernameLocalKey;

  @Enumerated(EnumType.STRING)
  public AccountStatus status;

  public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "login_account_role", joinColumns = @JoinColumn(name = "account_id"))
  public List<LoginRole> roles = new ArrayList<>();

  /** Whether the account is soft-deleted. */
  public boolean deleted() {
    return status == AccountStatus.DELETED;
  }
}
