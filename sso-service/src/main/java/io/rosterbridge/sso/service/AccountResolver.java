package io.rosterbridge.sso.service;

import io.rosterbridge.sso.client.CleverIdentity;
import io.rosterbridge.sso.entity.LoginAccount;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Maps a Clever identity (district, Clever user id), or a Google or Microsoft login name (username
 * key in the districts that allow it), to the account it may sign in as.
 */
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
    return usable(linked.stream().filter(a -> !a.deleted()).limit(1).toList(), linked);
  }

  /**
   * The one active account whose username key is {@code key} in the scopes' districts, or the
   * refusal that explains why none; nothing is ever created.
   */
  @Transactional
  public LoginAccount resolveUsername(List<UsernameScope> scopes, String key) {
    List<LoginAccount> found = new ArrayList<>();
    for (UsernameScope scope : scopes) {
      found.addAll(
          scope.localPartOnly()
              ? accounts.byUsernameLocalKey(scope.districtId(), UsernameKeys.localPart(key))
              : accounts.byUsernameKey(scope.districtId(), key));
    }
    List<LoginAccount> active = found.stream().filter(a -> !a.deleted()).toList();
    if (active.size() > 1) {
      // Never guess between two people.
      throw new LoginRefusedException(LoginRefusal.USERNAME_AMBIGUOUS);
    }
    return usable(active, found);
  }

  private static LoginAccount usable(List<LoginAccount> active, List<LoginAccount> found) {
    if (found.isEmpty()) {
      throw new LoginRefusedException(LoginRefusal.NOT_ROSTERED);
    }
    LoginAccount account =
        active.stream()
            .findFirst()
            .orElseThrow(() -> new LoginRefusedException(LoginRefusal.ACCOUNT_DELETED));
    if (account.roles.isEmpty()) {
      throw new LoginRefusedException(LoginRefusal.ROLE_NOT_SUPPORTED);
    }
    return account;
  }
}
