package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the identity index must record after a run for one account: it is (now) linked to {@code
 * cleverUserId}, carries {@code username} (null for none), is active, and holds {@code cleverRoles}
 * from Clever besides any manual role. An id the index does not know is a new Clever account.
 */
public record IndexUpdate(
    String accountId, String cleverUserId, Username username, List<AccountRoleType> cleverRoles) {

  public IndexUpdate {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(cleverUserId, "cleverUserId");
    cleverRoles = cleverRoles.stream().distinct().sorted().toList();
  }

  /** The account after the update; {@code current} is null for a new account. */
  public KnownAccount applyTo(KnownAccount current) {
    AccountSource source = current == null ? AccountSource.CLEVER : current.source();
    return new KnownAccount(
        accountId, cleverUserId, username, source, AccountStatus.ACTIVE, rolesAfter(current));
  }

  /** True when applying the update would change nothing in {@code current}. */
  public boolean isNoOpFor(KnownAccount current) {
    return current != null && current.equals(applyTo(current));
  }

  /** Keeps the roles as they are (school detail included) unless Clever's role types changed. */
  private List<AccountRole> rolesAfter(KnownAccount current) {
    if (current == null) {
      return cleverRoles.stream().map(IndexUpdate::cleverRole).toList();
    }
    if (cleverRoleTypes(current).equals(cleverRoles)) {
      return current.roles();
    }
    Stream<AccountRole> manual =
        current.roles().stream().filter(r -> r.source() == RoleSource.MANUAL);
    return Stream.concat(manual, cleverRoles.stream().map(IndexUpdate::cleverRole)).toList();
  }

  private static List<AccountRoleType> cleverRoleTypes(KnownAccount account) {
    return account.roles().stream()
        .filter(r -> r.source() == RoleSource.CLEVER)
        .map(AccountRole::role)
        .distinct()
        .sorted()
        .toList();
  }

  private static AccountRole cleverRole(AccountRoleType type) {
    return new AccountRole(type, null, RoleSource.CLEVER);
  }
}
