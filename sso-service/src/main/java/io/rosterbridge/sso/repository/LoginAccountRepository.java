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
}
