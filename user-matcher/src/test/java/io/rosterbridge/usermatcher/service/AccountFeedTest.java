package io.rosterbridge.usermatcher.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.fixtures.Accounts;
import io.rosterbridge.usermatcher.fixtures.MatcherState;
import io.rosterbridge.usermatcher.identity.KnownAccount;
import io.rosterbridge.usermatcher.identity.Username;
import io.rosterbridge.usermatcher.repository.AccountIndexRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The index follows the writer's copies by version; the matcher's own entries yield to them. */
@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class AccountFeedTest {

  @Inject AccountFeed feed;
  @Inject AccountIndexRepository accounts;
  @Inject MatcherState state;

  private final String district = "d-" + UUID.randomUUID();

  private AccountChanged copy(String username, long version, AccountStatus status) {
    return copy("acc-1", username, version, status);
  }

  private AccountChanged copy(
      String accountId, String username, long version, AccountStatus status) {
    return Accounts.changed(
        district, accountId, "c-1", username, AccountSource.CLEVER, List.of(), version, status);
  }

  @Test
  void staleAndRepeatedCopiesChangeNothing() {
    assertThat(feed.accept(copy("Ada", 2, AccountStatus.ACTIVE))).isTrue();
    assertThat(feed.accept(copy("Old", 1, AccountStatus.ACTIVE))).isFalse();
    assertThat(feed.accept(copy("Same", 2, AccountStatus.DELETED))).isFalse();
    assertThat(state.index(district))
        .containsExactly(
            new KnownAccount(
                "acc-1",
                "c-1",
                Username.of("Ada"),
                AccountSource.CLEVER,
                AccountStatus.ACTIVE,
                List.of()));

    assertThat(feed.accept(copy("ada.l", 3, AccountStatus.DELETED))).isTrue();
    assertThat(state.index(district))
        .extracting(KnownAccount::username, KnownAccount::status)
        .containsExactly(tuple(Username.of("ada.l"), AccountStatus.DELETED));
  }

  @Test
  void copiesAppliedTogetherKeepTheNewestOfEachAccount() {
    String first = "acc-" + UUID.randomUUID();
    String second = "acc-" + UUID.randomUUID();
    AccountChanged other =
        Accounts.changed(
            district,
            second,
            "c-2",
            "grace",
            AccountSource.CLEVER,
            List.of(),
            1,
            AccountStatus.ACTIVE);

    int applied =
        feed.acceptAll(
            List.of(
                copy(first, "Ada", 2, AccountStatus.ACTIVE),
                other,
                copy(first, "Old", 1, AccountStatus.ACTIVE),
                copy(first, "ada.l", 3, AccountStatus.DELETED)));

    assertThat(applied).isEqualTo(3);
    assertThat(state.index(district))
        .extracting(KnownAccount::accountId, KnownAccount::username, KnownAccount::status)
        .containsExactlyInAnyOrder(
            tuple(first, Username.of("ada.l"), AccountStatus.DELETED),
            tuple(second, Username.of("grace"), AccountStatus.ACTIVE));
  }

  @Test
  void aBatchWithAnAccountWithoutIdsStoresNothing() {
    String first = "acc-" + UUID.randomUUID();
    AccountChanged noId =
        Accounts.changed(
            district,
            null,
            "c-2",
            "grace",
            AccountSource.CLEVER,
            List.of(),
            1,
            AccountStatus.ACTIVE);

    assertThatThrownBy(
            () -> feed.acceptAll(List.of(copy(first, "Ada", 1, AccountStatus.ACTIVE), noId)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountChanged without account or district id");
    assertThat(state.index(district)).isEmpty();
  }

  @Test
  void theWritersFirstCopyReplacesTheMatchersOwnEntry() {
    KnownAccount minted =
        new KnownAccount(
            "acc-1",
            "c-1",
            Username.of("ada"),
            AccountSource.CLEVER,
            AccountStatus.ACTIVE,
            List.of());
    QuarkusTransaction.requiringNew()
        .run(() -> accounts.record(district, "run-1", List.of(minted), Instant.now()));

    assertThat(feed.accept(copy("Ada", 1, AccountStatus.ACTIVE))).isTrue();

    assertThat(state.index(district))
        .extracting(KnownAccount::username)
        .containsExactly(Username.of("Ada"));
  }
}
