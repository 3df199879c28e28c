package io.rosterbridge.usermatcher.service;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.usermatcher.entity.IndexedAccount;
import io.rosterbridge.usermatcher.identity.KnownAccount;
import io.rosterbridge.usermatcher.repository.AccountIndexRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps the identity index in step with the writer's accounts: a copy replaces the entry when its
 * version is newer than the one applied, so re-delivered and stale copies change nothing.
 */
@ApplicationScoped
public class AccountFeed {

  private static final Logger LOG = Logger.getLogger(AccountFeed.class);

  private final AccountIndexRepository accounts;
  private final Clock clock;

  public AccountFeed(AccountIndexRepository accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Applies the copy unless it is stale; returns whether it was applied. */
  @Transactional
  public boolean accept(AccountChanged changed) {
    return acceptAll(List.of(changed)) == 1;
  }

  /**
   * Applies the copies in one transaction, in order, each unless it is stale (a later copy of the
   * same account in the list included); returns how many were applied.
   */
  @Transactional
  public int acceptAll(List<AccountChanged> copies) {
    for (AccountChanged changed : copies) {
      if (changed.accountId() == null || changed.districtId() == null) {
        throw new IllegalArgumentException("AccountChanged without account or district id");
      }
    }
    // In one order, so two transactions never wait for each other's districts.
    copies.stream()
        .map(AccountChanged::districtId)
        .distinct()
        .sorted()
        .forEach(accounts::lockDistrict);
    int applied = 0;
    for (AccountChanged changed : copies) {
      if (apply(changed)) {
        applied++;
      }
    }
    return applied;
  }

  private boolean apply(AccountChanged changed) {
    IndexedAccount row = accounts.findById(changed.accountId());
    if (row != null && row.version >= changed.version()) {
      LOG.debugf(
          "account %s version %d ignored: version %d is applied",
          changed.accountId(), changed.version(), row.version);
      return false;
    }
    boolean added = row == null;
    if (added) {
      row = new IndexedAccount();
      row.accountId = changed.accountId();
    }
    copy(KnownAccount.from(changed), row);
    row.districtId = changed.districtId();
    row.version = changed.version();
    row.resolvedInRun = null;
    row.updatedAt = clock.instant();
    if (added) {
      accounts.persist(row);
    }
    return true;
  }

  private static void copy(KnownAccount account, IndexedAccount row) {
    row.cleverUserId = account.cleverUserId();
    row.username = account.username() == null ? null : account.username().display();
    row.usernameKey = account.key() == null ? null : account.key().value();
    row.source = account.source();
    row.status = account.status();
    row.roles = account.roles();
  }
}
