package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import java.util.List;
import java.util.Objects;

/**
 * What the identity index knows of one account of a district: its Clever link (null when unlinked),
 * its username (null for none), where it came from, whether it is active, its roles.
 */
public record KnownAccount(
    String accountId,
    String cleverUserId,
    Username username,
    AccountSource source,
    AccountStatus status,
    List<AccountRole> roles) {

  public KnownAccount {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /**
   * The index entry for an account read from {@code roster.accounts}. The key is recomputed from
   * the username so that every key the matcher compares was made by {@link UsernameKey}.
   */
  public static KnownAccount from(AccountChanged account) {
    return new KnownAccount(
        account.accountId(),
        account.cleverUserId(),
        Username.parse(account.username()).orElse(null),
        account.source(),
        account.status(),
        account.roles());
  }

  /** True when a Clever user is linked to the account. */
  public boolean isLinked() {
    return cleverUserId != null;
  }

  /** True unless the account is soft-deleted. */
  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  /** The username key, or null when the account has no username. */
  public UsernameKey key() {
    return username == null ? null : username.key();
  }

  /**
   * True for an account created by CSV import: a sync never renames it, a student never takes it.
   */
  public boolean isManual() {
    return source == AccountSource.MANUAL;
  }

  /** True when a CSV import granted the account a role: a student never takes it either. */
  public boolean hasManualRole() {
    return roles.stream().anyMatch(r -> r.source() == RoleSource.MANUAL);
  }

  /** True when the account holds any role beyond student: a student never takes it over. */
  public boolean holdsStaffRole() {
    return roles.stream().anyMatch(r -> r.role() != AccountRoleType.STUDENT);
  }

  /** True when the account has roles and every one of them is a student's. */
  public boolean holdsOnlyStudentRoles() {
    return !roles.isEmpty() && !holdsStaffRole();
  }
}
