package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.events.identity.ConflictReason.DUPLICATE_USERNAME_IN_RUN;
import static io.rosterbridge.events.identity.ConflictReason.RENAME_BLOCKED;
import static io.rosterbridge.events.identity.ConflictReason.STUDENT_MATCHES_STAFF_ACCOUNT;
import static io.rosterbridge.events.identity.ConflictReason.USERNAME_HELD_BY_OTHER_CLEVER_USER;
import static io.rosterbridge.events.identity.ResolutionOutcome.CONFLICT;
import static io.rosterbridge.events.identity.ResolutionOutcome.CREATED;
import static io.rosterbridge.events.identity.ResolutionOutcome.LINKED_EXISTING;
import static io.rosterbridge.events.identity.ResolutionOutcome.RENAMED;
import static io.rosterbridge.events.identity.ResolutionOutcome.UNCHANGED;
import static io.rosterbridge.usermatcher.identity.Fixtures.DISTRICT;
import static io.rosterbridge.usermatcher.identity.Fixtures.complete;
import static io.rosterbridge.usermatcher.identity.Fixtures.deleted;
import static io.rosterbridge.usermatcher.identity.Fixtures.index;
import static io.rosterbridge.usermatcher.identity.Fixtures.legacy;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.newId;
import static io.rosterbridge.usermatcher.identity.Fixtures.rows;
import static io.rosterbridge.usermatcher.identity.Fixtures.student;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.usermatcher.identity.Fixtures.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules settled for claims: who gets a contested username, ids, and rejected input. */
class ClaimRulesTest {

  @Test
  void linkedUserWithoutUsernameGetsAFreeOne() {
    RunResolution result = complete(index(linked("a-1", "c-1", null)), teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", RENAMED, "a-1", "jdoe", null));
  }

  @Test
  void linkedUserWithoutUsernameIsReportedWithTheHoldersReason() {
    IdentityIndex index = index(linked("a-1", "c-1", null), linked("a-2", "c-2", "jdoe"));

    RunResolution result = complete(index, teacher("c-1", "jdoe"), teacher("c-2", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", UNCHANGED, "a-1", null, USERNAME_HELD_BY_OTHER_CLEVER_USER),
            Row.of("c-2", UNCHANGED, "a-2", "jdoe", null));
  }

  @Test
  void linkedUserWithoutUsernameNeverTakesAnUnlinkedAccount() {
    IdentityIndex index = index(linked("a-1", "c-1", null), legacy("l-1", "jdoe"));

    RunResolution result = complete(index, teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", UNCHANGED, "a-1", null, RENAME_BLOCKED));
  }

  @Test
  void twoLinkedUsersRenamingIntoOneFreeUsernameGetNeither() {
    IdentityIndex index = index(linked("a-1", "c-1", "one"), linked("a-2", "c-2", "two"));

    RunResolution result = complete(index, teacher("c-1", "same"), teacher("c-2", "SAME"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", UNCHANGED, "a-1", "one", DUPLICATE_USERNAME_IN_RUN),
            Row.of("c-2", UNCHANGED, "a-2", "two", DUPLICATE_USERNAME_IN_RUN));
  }

  @Test
  void renameAndNewUserClaimingOneFreeUsernameGetNeither() {
    RunResolution result =
        complete(
            index(linked("a-1", "c-1", "one")), teacher("c-1", "same"), teacher("c-2", "same"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", UNCHANGED, "a-1", "one", DUPLICATE_USERNAME_IN_RUN),
            Row.of("c-2", CREATED, newId("c-2"), null, DUPLICATE_USERNAME_IN_RUN));
  }

  @Test
  void claimantsThatCouldNeverTakeTheUsernameDoNotMakeItADuplicate() {
    IdentityIndex index =
        index(legacy("l-1", "jsmith", AccountRoleType.TEACHER), linked("a-9", "c-9", "other"));

    RunResolution result =
        complete(
            index, teacher("c-1", "jsmith"), student("c-2", "jsmith"), teacher("c-9", "jsmith"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", LINKED_EXISTING, "l-1", "jsmith", null),
            Row.of("c-2", CONFLICT, newId("c-2"), null, STUDENT_MATCHES_STAFF_ACCOUNT),
            Row.of("c-9", UNCHANGED, "a-9", "other", RENAME_BLOCKED));
  }

  @Test
  void twoClaimantsOfAGoneUsersAccountRelinkNeither() {
    IdentityIndex index = index(linked("a-1", "c-old", "jdoe"));

    RunResolution result = complete(index, teacher("c-1", "jdoe"), teacher("c-2", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CREATED, newId("c-1"), null, DUPLICATE_USERNAME_IN_RUN),
            Row.of("c-2", CREATED, newId("c-2"), null, DUPLICATE_USERNAME_IN_RUN));
  }

  @Test
  void usernameFreedByARenameInTheSameRunIsNotGivenAway() {
    IdentityIndex index = index(linked("a-1", "c-1", "jdoe"), linked("a-2", "c-2", "jd"));

    RunResolution result = complete(index, teacher("c-1", "john.doe"), teacher("c-2", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            new Row("c-1", RENAMED, "a-1", "john.doe", null, "jdoe", null),
            Row.of("c-2", UNCHANGED, "a-2", "jd", RENAME_BLOCKED));
  }

  @Test
  void newAccountIdAlreadyInUseIsMintedAgainDeterministically() {
    // c-1's first account went to c-2 by a relink; c-1 then came back.
    IdentityIndex index = index(linked(newId("c-1"), "c-2", "jdoe"));

    RunResolution result = complete(index, teacher("c-1", "other"), teacher("c-2", "jdoe"));

    String minted = AccountIds.mint(DISTRICT, "c-1", id -> id.equals(newId("c-1")));
    assertThat(minted).isNotEqualTo(newId("c-1"));
    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CREATED, minted, "other", null),
            Row.of("c-2", UNCHANGED, newId("c-1"), "jdoe", null));
  }

  @Test
  void twoAccountsLinkedToOneCleverIdResolveToTheActiveOne() {
    IdentityIndex index = index(deleted(linked("a-0", "c-1", "old")), linked("a-1", "c-1", "jdoe"));

    RunResolution result = complete(index, teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", UNCHANGED, "a-1", "jdoe", null));
  }

  @Test
  void aCleverIdTwiceInARunIsRejected() {
    assertThatThrownBy(
            () -> MatchRun.complete(DISTRICT, List.of(teacher("c-1", "a"), teacher("c-1", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-1");
  }

  @Test
  void aRunOfAnotherDistrictIsRejected() {
    MatchRun run = MatchRun.complete("district-2", List.of(teacher("c-1", "a")));

    assertThatThrownBy(() -> new IdentityResolver().resolve(index(), run))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAccountIdTwiceInAnIndexIsRejected() {
    assertThatThrownBy(() -> index(legacy("l-1", "a"), legacy("l-1", "b")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
