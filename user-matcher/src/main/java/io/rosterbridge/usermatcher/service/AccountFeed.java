package io.rosterbridge.usermatcher.service;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.usermatcher.entity.IndexedAccount;
import io.rosterbridge.usermatcher.identity.KnownAccount;
import io.rosterbridge.usermatcher.repository.AccountIndexRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
    if (changed.accountId() == null || changed.districtId() == null) {
      throw new IllegalArgumentException("AccountChanged without account or district id");
    }
    accounts.lockDistrict(changed.districtId());
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
