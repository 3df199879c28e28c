package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.usermatcher.identity.Fixtures.DISTRICT;
import static io.rosterbridge.usermatcher.identity.Fixtures.complete;
import static io.rosterbridge.usermatcher.identity.Fixtures.index;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.identity.UserResolved;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The core's boundary: accounts in from {@code roster.accounts}, decisions out as events. */
class EventBoundaryTest {

  @Test
  void resolutionMapsFieldForFieldOntoUserResolved() {
    CleverUser user = teacher("c-640", " John.Doe ");
    RunResolution result = complete(index(linked("a-1", "c-640", "jdoe")), user);

    assertThat(result.toEvents("run-7"))
        .containsExactly(
            new UserResolved(
                "run-7",
                DISTRICT,
                user,
                "a-1",
                "John.Doe",
                "john.doe",
                ResolutionOutcome.RENAMED,
                null,
                "jdoe",
                null));
  }

  @Test
  void accountsFromTheChangelogGetTheirKeyFromTheirUsername() {
    List<AccountRole> roles =
        List.of(new AccountRole(AccountRoleType.SCHOOL_ADMIN, "s-1", RoleSource.MANUAL));
    AccountChanged changed =
        new AccountChanged(
            "m-1",
            DISTRICT,
            null,
            "\u00A0PNguyen",
            "stale-key",
            AccountSource.MANUAL,
            AccountStatus.ACTIVE,
            roles,
            3,
            Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(KnownAccount.from(changed))
        .isEqualTo(
            new KnownAccount(
                "m-1",
                null,
                Username.of("PNguyen"),
                AccountSource.MANUAL,
                AccountStatus.ACTIVE,
                roles));
  }

  @Test
  void accountWithoutUsernameHasNoKey() {
    AccountChanged changed =
        new AccountChanged(
            "a-1",
            DISTRICT,
            "c-1",
            " ",
            null,
            AccountSource.CLEVER,
            AccountStatus.DELETED,
            null,
            1,
            null);

    assertThat(KnownAccount.from(changed).username()).isNull();
  }

  @Test
  void onlyACompleteFetchProvesAbsence() {
    assertThat(RunScope.ofFetched(false)).isEqualTo(RunScope.COMPLETE);
    assertThat(RunScope.ofFetched(true)).isEqualTo(RunScope.PARTIAL);
  }

  @Test
  void reportedCountsUsersWithAConflict() {
    RunResolution result = complete(index(), teacher("c-1", ""), teacher("c-2", "x"));

    assertThat(result.reported()).isEqualTo(1);
  }
}
