package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.rosterwriter.entity.Account;
import io.rosterbridge.rosterwriter.entity.AuditEntry;
import io.rosterbridge.rosterwriter.repository.Jdbc;
import io.rosterbridge.rosterwriter.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * An admin's changes to single accounts. Restoring a soft-deleted Clever-managed account makes it a
 * manual override: sweeps keep it active while Clever lacks it, until Clever has it again.
 */
@ApplicationScoped
public class AccountAdmin {

  private final Jdbc jdbc;
  private final OutboxRepository outbox;

  public AccountAdmin(Jdbc jdbc, OutboxRepository outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
  }

  /**
   * Restores the account; returns it. An active account is returned unchanged.
   *
   * @throws AccountNotFoundException when there is no such account
   */
  @Transactional
  public Account restore(String accountId, String actor) {
    Account account = Account.findById(accountId);
    if (account == null) {
      throw new AccountNotFoundException(accountId);
    }
    if (account.status == AccountStatus.ACTIVE) {
      return account;
    }
    Instant now = Instant.now();
    account.status = AccountStatus.ACTIVE;
    account.deletedAt = null;
    account.adminOverride = account.source != AccountSource.MANUAL;
    account.version++;
    account.updatedAt = now;
    AuditEntry.of(account.districtId, "USER", accountId, "ADMIN_RESTORED", actor, null).persist();
    Account.flush();
    jdbc.call(
        c -> {
          outbox.enqueue(c, accountId);
          return null;
        });
    return account;
  }
}
