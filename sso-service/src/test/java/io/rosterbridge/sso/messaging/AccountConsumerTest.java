package io.rosterbridge.sso.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.entity.LoginAccount;
import io.rosterbridge.sso.entity.LoginRole;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.service.LoginIndex;
import io.rosterbridge.sso.support.TestAccounts;
import io.rosterbridge.testsupport.KafkaTestClient;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** roster.accounts into the login index: upserts by account id, stale versions ignored, DLQ. */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class AccountConsumerTest {

  @InjectCleverSim CleverSimulator clever;
  @Inject LoginAccountRepository repository;
  @Inject LoginIndex index;
  private TestAccounts accounts;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(clever, repository);
  }

  @Test
  void anAccountIsProjectedAndANewerVersionReplacesIt() {
    AccountChanged v1 = accounts.account("clever-a", AccountRoleType.TEACHER, AccountStatus.ACTIVE);
    accounts.publish(v1);
    AccountChanged v2 = withVersion(v1, 2, AccountStatus.DELETED);
    accounts.publish(v2);

    LoginAccount indexed = accounts.indexed(v1.accountId());
    assertThat(indexed)
        .usingRecursiveComparison()
        .ignoringFields("roles")
        .ignoringFieldsMatchingRegexes("\\$\\$_hibernate.*")
        .isEqualTo(expected(v2));
    assertThat(indexed.roles)
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(new LoginRole(AccountRoleType.TEACHER, "school-1"));
  }

  @Test
  void aUsernameOfAnyLengthIsIndexed() {
    String username = "a".repeat(600) + "@district.example.org";
    AccountChanged account =
        accounts.account(
            clever.districtId(),
            "clever-long",
            username,
            AccountRoleType.STUDENT,
            AccountStatus.ACTIVE);

    accounts.publish(account);

    LoginAccount indexed = accounts.indexed(account.accountId());
    assertThat(indexed.username).isEqualTo(username);
    assertThat(indexed.usernameKey).isEqualTo(username);
    assertThat(indexed.usernameLocalKey).isEqualTo("a".repeat(600));
  }

  @Test
  void aStaleVersionIsIgnored() {
    AccountChanged v3 =
        withVersion(
            accounts.account("clever-b", AccountRoleType.STUDENT, AccountStatus.DELETED),
            3,
            AccountStatus.DELETED);
    assertThat(index.apply(v3)).isTrue();

    assertThat(index.apply(withVersion(v3, 2, AccountStatus.ACTIVE))).isFalse();
    assertThat(index.apply(withVersion(v3, 3, AccountStatus.ACTIVE))).isFalse();

    assertThat(accounts.indexed(v3.accountId()).status).isEqualTo(AccountStatus.DELETED);
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopic() {
    String key = "broken-" + System.nanoTime();
    KafkaTestClient.sendRaw(
        Topics.ROSTER_ACCOUNTS,
        key,
        "{not json".getBytes(StandardCharsets.UTF_8),
        Map.of("ce_type", "io.rosterbridge.AccountChanged"));

    KafkaTestClient.awaitRecord(
        Topics.deadLetter(Topics.ROSTER_ACCOUNTS, "sso-service"),
        r -> key.equals(r.key()),
        Duration.ofMinutes(3));
  }

  private static AccountChanged withVersion(AccountChanged a, long version, AccountStatus status) {
    return new AccountChanged(
        a.accountId(),
        a.districtId(),
        a.cleverUserId(),
        a.username(),
        a.usernameKey(),
        a.source(),
        status,
        a.roles(),
        version,
        a.changedAt());
  }

  private static LoginAccount expected(AccountChanged a) {
    LoginAccount account = new LoginAccount();
    account.accountId = a.accountId();
    account.districtId = a.districtId();
    account.cleverUserId = a.cleverUserId();
    account.username = a.username();
    account.usernameKey = a.usernameKey();
    // The test accounts' usernames are <account id>@district.example.org.
    account.usernameLocalKey = a.accountId();
    account.status = a.status();
    account.version = a.version();
    account.updatedAt = a.changedAt();
    return account;
  }
}
