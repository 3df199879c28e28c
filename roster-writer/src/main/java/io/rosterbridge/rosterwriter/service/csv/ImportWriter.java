package io.rosterbridge.rosterwriter.service.csv;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.rosterwriter.entity.Account;
import io.rosterbridge.rosterwriter.entity.AccountRole;
import io.rosterbridge.rosterwriter.entity.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Writes checked CSV rows: new accounts, or updates of the row's own kind of account. */
final class ImportWriter {

  private final String districtId;
  private final String actor;
  private final Instant now;
  private final List<String> accountIds = new ArrayList<>();
  private final List<String> changed = new ArrayList<>();
  private int created;
  private int updated;

  ImportWriter(String districtId, String actor, Instant now) {
    this.districtId = districtId;
    this.actor = actor;
    this.now = now;
  }

  /** Writes one row onto the existing account (null for a new one). */
  void write(CsvRow row, Account existing) {
    Account account = existing == null ? create(row) : existing;
    boolean changedNow = existing == null | update(account, row) | grantRoles(account, row);
    accountIds.add(account.id);
    if (changedNow) {
      changed.add(account.id);
      if (existing != null) {
        updated++;
        account.version++;
        account.updatedAt = now;
      }
      String action = existing == null ? "IMPORTED" : "IMPORT_UPDATED";
      AuditEntry.of(districtId, "USER", account.id, action, actor, row.role().name()).persist();
    }
  }

  List<String> changed() {
    return changed;
  }

  AdminImport.Summary summary() {
    return new AdminImport.Summary(
        created, updated, accountIds.size() - created - updated, accountIds);
  }

  private Account create(CsvRow row) {
    Account account = new Account();
    account.id = UUID.randomUUID().toString();
    account.districtId = districtId;
    account.source = row.role().source();
    account.status = AccountStatus.ACTIVE;
    account.version = 1;
    account.createdAt = now;
    account.updatedAt = now;
    account.username = row.username();
    account.usernameKey = row.usernameKey();
    account.firstName = row.firstName();
    account.lastName = row.lastName();
    account.persist();
    created++;
    return account;
  }

  private static boolean update(Account account, CsvRow row) {
    boolean same =
        Objects.equals(account.username, row.username())
            && Objects.equals(account.firstName, row.firstName())
            && Objects.equals(account.lastName, row.lastName());
    account.username = row.username();
    account.firstName = row.firstName();
    account.lastName = row.lastName();
    return !same;
  }

  private boolean grantRoles(Account account, CsvRow row) {
    AccountRoleType type = row.role().role();
    if (type == null) {
      return false;
    }
    List<String> schools =
        row.schoolIds().isEmpty() ? java.util.Collections.singletonList(null) : row.schoolIds();
    boolean granted = false;
    for (String school : schools) {
      granted |= grant(account.id, type, school);
    }
    return granted;
  }

  private boolean grant(String accountId, AccountRoleType type, String school) {
    AccountRole role =
        AccountRole.<AccountRole>find(
                "accountId = ?1 and role = ?2 and source = ?3 and schoolId is not distinct from ?4",
                accountId,
                type,
                RoleSource.MANUAL,
                school)
            .firstResult();
    if (role != null && role.deletedAt == null) {
      return false;
    }
    if (role == null) {
      role = new AccountRole();
      role.accountId = accountId;
      role.role = type;
      role.schoolId = school;
      role.source = RoleSource.MANUAL;
      role.createdAt = now;
      role.updatedAt = now;
      role.persist();
      return true;
    }
    role.deletedAt = null;
    role.updatedAt = now;
    return true;
  }
}
