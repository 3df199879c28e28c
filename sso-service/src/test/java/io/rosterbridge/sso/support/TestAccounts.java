package io.rosterbridge.sso.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.sso.entity.LoginAccount;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.service.UsernameKeys;
import io.rosterbridge.testsupport.KafkaTestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Builds each test's own data: Clever users in clever-sim and their accounts on roster.accounts.
 */
public final class TestAccounts {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CleverSimulator clever;
  private final LoginAccountRepository repository;

  public TestAccounts(CleverSimulator clever, LoginAccountRepository repository) {
    this.clever = clever;
    this.repository = repository;
  }

  /** A new user of the simulated district with one Clever role and, if given, an e-mail. */
  public String cleverUser(String role, String email) {
    ObjectNode user = JSON.createObjectNode();
    user.putObject("name").put("first", "Test").put("last", role);
    if (email != null) {
      user.put("email", email);
    }
    user.putObject("roles").putObject(role);
    return clever.mutations().create(RecordType.USERS, user).get("id").asText();
  }

  /** An account of the simulated district linked to the Clever user, at version 1. */
  public AccountChanged account(String cleverUserId, AccountRoleType role, AccountStatus status) {
    String id = "acct-" + UUID.randomUUID();
    List<AccountRole> roles =
        role == null ? List.of() : List.of(new AccountRole(role, "school-1", RoleSource.CLEVER));
    return new AccountChanged(
        id,
        clever.districtId(),
        cleverUserId,
        id + "@district.example.org",
        id + "@district.example.org",
        AccountSource.CLEVER,
        status,
        roles,
        1,
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  /**
   * An account of any district with the given username (its key as the matcher makes it), linked to
   * a Clever user, at version 1.
   */
  public AccountChanged account(
      String districtId,
      String cleverUserId,
      String username,
      AccountRoleType role,
      AccountStatus status) {
    AccountChanged base = account(cleverUserId, role, status);
    return new AccountChanged(
        base.accountId(),
        districtId,
        cleverUserId,
        username,
        UsernameKeys.of(username),
        base.source(),
        status,
        base.roles(),
        base.version(),
        base.changedAt());
  }

  /** Sends the account on roster.accounts and waits until the login index holds its version. */
  public AccountChanged publish(AccountChanged account) {
    KafkaTestClient.send(Topics.ROSTER_ACCOUNTS, account.accountId(), account);
    await()
        .atMost(
            Duration.ofMinutes(3)) // the index first drains the accounts earlier tests published
        .pollInterval(Duration.ofMillis(100))
        .until(() -> version(account.accountId()) == account.version());
    return account;
  }

  /** The account as indexed, or null. */
  public LoginAccount indexed(String accountId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              LoginAccount account = repository.findById(accountId);
              if (account != null) {
                account.roles.size();
              }
              return account;
            });
  }

  private long version(String accountId) {
    LoginAccount account = indexed(accountId);
    return account == null ? -1 : account.version;
  }
}
