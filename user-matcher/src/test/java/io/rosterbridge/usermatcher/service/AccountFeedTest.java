package io.rosterbridge.usermatcher.service;

import static org.assertj.core.api.Assertions.assertThat;
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
    return Accounts.changed(
        district, "acc-1", "c-1", username, AccountSource.CLEVER, List.of(), version, status);
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
