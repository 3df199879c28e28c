package io.rosterbridge.sso.service;

import io.rosterbridge.sso.client.CleverIdentity;
import io.rosterbridge.sso.entity.LoginAccount;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** Maps a Clever identity (district, Clever user id) to the account it may sign in as. */
@ApplicationScoped
public class AccountResolver {

  /** Clever login types the application has no role for (guardians). */
  private static final Set<String> UNSUPPORTED_TYPES = Set.of("contact");

  private final LoginAccountRepository accounts;

  public AccountResolver(LoginAccountRepository accounts) {
    this.accounts = accounts;
  }

  /** The active account linked to the Clever user, or the refusal that explains why none. */
  @Transactional
  public LoginAccount resolve(CleverIdentity identity) {
    if (identity.userType() != null && UNSUPPORTED_TYPES.contains(identity.userType())) {
      throw new LoginRefusedException(LoginRefusal.ROLE_NOT_SUPPORTED);
    }
    List<LoginAccount> linked = accounts.byCleverUser(identity.districtId(), identity.userId());
    if (linked.isEmpty()) {
      throw new LoginRefusedException(LoginRefusal.NOT_ROSTERED);
    }
    LoginAccount account =
        linked.stream()
            .filter(a -> !a.deleted())
            .findFirst()
            .orElseThrow(() -> new LoginRefusedException(LoginRefusal.ACCOUNT_DELETED));
    if (account.roles.isEmpty()) {
      throw new LoginRefusedException(LoginRefusal.ROLE_NOT_SUPPORTED);
    }
    return account;
  }
}
