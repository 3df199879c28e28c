package io.rosterbridge.sso.service;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.sso.entity.LoginAccount;
import io.rosterbridge.sso.entity.LoginRole;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Keeps the login index equal to the newest version of each account; older copies are ignored. */
@ApplicationScoped
public class LoginIndex {

  private static final Logger LOG = Logger.getLogger(LoginIndex.class);
  private final LoginAccountRepository accounts;

  public LoginIndex(LoginAccountRepository accounts) {
    this.accounts = accounts;
  }

  /** Upserts the account unless the index already holds this or a newer version. */
  @Transactional
  public boolean apply(AccountChanged event) {
    LoginAccount account = accounts.findById(event.accountId());
    if (account != null && account.version >= event.version()) {
      LOG.debugf(
          "account %s: version %d is not newer, ignored", event.accountId(), event.version());
      return false;
    }
    if (account == null) {
      account = new LoginAccount();
      account.accountId = event.accountId();
      copy(event, account);
      accounts.persist(account);
    } else {
      copy(event, account);
    }
    return true;
  }

  private static void copy(AccountChanged event, LoginAccount account) {
    account.districtId = event.districtId();
    account.cleverUserId = event.cleverUserId();
    account.username = event.username();
    account.usernameKey = event.usernameKey();
    account.usernameLocalKey = UsernameKeys.localPart(event.usernameKey());
    account.status = event.status();
    account.version = event.version();
    account.updatedAt = event.changedAt() == null ? Instant.now() : event.changedAt();
    account.roles.clear();
    event.roles().forEach(r -> account.roles.add(new LoginRole(r.role(), r.schoolId())));
  }
}
