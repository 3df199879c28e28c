package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.events.identity.ConflictReason.NO_USERNAME;
import static io.rosterbridge.events.identity.ConflictReason.RENAME_BLOCKED;
import static io.rosterbridge.events.identity.ResolutionOutcome.RENAMED;
import static io.rosterbridge.events.identity.ResolutionOutcome.UNCHANGED;
import static io.rosterbridge.usermatcher.identity.Fixtures.complete;
import static io.rosterbridge.usermatcher.identity.Fixtures.deleted;
import static io.rosterbridge.usermatcher.identity.Fixtures.index;
import static io.rosterbridge.usermatcher.identity.Fixtures.legacy;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.role;
import static io.rosterbridge.usermatcher.identity.Fixtures.rows;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static io.rosterbridge.usermatcher.identity.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.usermatcher.identity.Fixtures.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decision table rows for a Clever user already linked to an account. */
class LinkedUserDecisionTest {

  @Test
  void linkedUserWithTheSameUsernameIsUnchanged() {
    RunResolution result = complete(index(linked("a-1", "c-1", "jdoe")), teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", UNCHANGED, "a-1", "jdoe", null));
  }

  @Test
  void linkedUserWhoseUsernameChangedIsRenamedOnTheSameAccount() {
    RunResolution result =
        complete(index(linked("a-1", "c-640", "jdoe")), teacher("c-640", "john.doe"));

    assertThat(rows(result))
        .containsExactly(new Row("c-640", RENAMED, "a-1", "john.doe", null, "jdoe", null));
  }

  @Test
  void renameIntoAUsernameOfAnotherCleverUsersAccountIsBlocked() {
    IdentityIndex index = index(linked("a-1", "c-640", "jdoe"), linked("a-2", "c-2", "john.doe"));

    RunResolution result =
        complete(index, teacher("c-640", "john.doe"), teacher("c-2", "john.doe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-2", UNCHANGED, "a-2", "john.doe", null),
            Row.of("c-640", UNCHANGED, "a-1", "jdoe", RENAME_BLOCKED));
  }

  @Test
  void renameIntoAUsernameOfAnUnlinkedAccountIsBlocked() {
    IdentityIndex index = index(linked("a-1", "c-640", "jdoe"), legacy("l-1", "John.Doe"));

    RunResolution result = complete(index, teacher("c-640", "john.doe"));

    assertThat(rows(result))
        .containsExactly(Row.of("c-640", UNCHANGED, "a-1", "jdoe", RENAME_BLOCKED));
  }

  @Test
  void renameIntoAUsernameOfAGoneCleverUsersAccountIsStillBlocked() {
    IdentityIndex index = index(linked("a-1", "c-640", "jdoe"), linked("a-2", "c-2", "john.doe"));

    RunResolution result = complete(index, teacher("c-640", "john.doe"));

    assertThat(rows(result))
        .containsExactly(Row.of("c-640", UNCHANGED, "a-1", "jdoe", RENAME_BLOCKED));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t", "\u00A0", "\u3000 \u202F"})
  void linkedUserWithoutUsableUsernameKeepsItsAccountAndUsername(String username) {
    RunResolution result = complete(index(linked("a-1", "c-1", "jdoe")), teacher("c-1", username));

    assertThat(rows(result)).containsExactly(Row.of("c-1", UNCHANGED, "a-1", "jdoe", NO_USERNAME));
  }

  @Test
  void linkedUserWithoutAnyRoleUsernameKeepsItsAccount() {
    RunResolution result =
        complete(
            index(linked("a-1", "c-1", "jdoe")),
            user("c-1", role(CleverRoleType.DISTRICT_ADMIN, null)));

    assertThat(rows(result)).containsExactly(Row.of("c-1", UNCHANGED, "a-1", "jdoe", NO_USERNAME));
  }

  @Test
  void linkedUserOfASoftDeletedAccountComesBackToTheSameAccount() {
    RunResolution result =
        complete(index(deleted(linked("a-1", "c-1", "jdoe"))), teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", UNCHANGED, "a-1", "jdoe", null));
    assertThat(result.indexUpdates()).extracting(IndexUpdate::accountId).containsExactly("a-1");
  }
}
