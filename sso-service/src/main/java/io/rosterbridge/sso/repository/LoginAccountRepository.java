package io.rosterbridge.sso.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.sso.entity.LoginAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes the login index. */
@ApplicationScoped
public class LoginAccountRepository implements PanacheRepositoryBase<LoginAccount, String> {

  /** Accounts linked to a Clever user in a district, active ones first. */
  public List<LoginAccount> byCleverUser(String districtId, String cleverUserId) {
    return list(
        "districtId = ?1 and cleverUserId = ?2 order by status, accountId",
        districtId,
        cleverUserId);
  }

  /** Accounts of a district whose username key is {@code key}. */
  public List<LoginAccount> byUsernameKey(String districtId, String key) {
    return list("districtId = ?1 and usernameKey = ?2 order by accountId", districtId, key);
  }

  /** Accounts of a district whose username key has {@code localKey} before its last {@code @}. */
  public List<LoginAccount> byUsernameLocalKey(String districtId, String localKey) {
    return list(
        "districtId = ?1 and usernameLocalKey = ?2 order by accountId", districtId, localKey);
  }
}
