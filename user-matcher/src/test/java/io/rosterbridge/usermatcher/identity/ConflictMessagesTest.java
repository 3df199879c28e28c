package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.usermatcher.identity.Fixtures.complete;
import static io.rosterbridge.usermatcher.identity.Fixtures.index;
import static io.rosterbridge.usermatcher.identity.Fixtures.legacy;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.manualAdmin;
import static io.rosterbridge.usermatcher.identity.Fixtures.student;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.identity.Conflict;
import io.rosterbridge.events.identity.ConflictReason;
import org.junit.jupiter.api.Test;

/** The sentences an admin reads: who, which username, why, and what happened instead. */
class ConflictMessagesTest {

  private static Conflict only(RunResolution result) {
    assertThat(result.resolutions()).hasSize(1);
    return result.resolutions().get(0).conflict();
  }

  @Test
  void newUserWithoutUsername() {
    assertThat(only(complete(index(), teacher("c-1", " "))))
        .isEqualTo(
            new Conflict(
                ConflictReason.NO_USERNAME,
                "Clever user First c-1 (c-1) has no district username in Clever, so the account was"
                    + " created without one; the user can still sign in with Clever."));
  }

  @Test
  void linkedUserWithoutUsername() {
    assertThat(only(complete(index(linked("a-1", "c-1", "jdoe")), teacher("c-1", null))).message())
        .isEqualTo(
            "Clever user First c-1 (c-1) has no district username in Clever; the account keeps the"
                + " username 'jdoe'.");
  }

  @Test
  void blockedRename() {
    IdentityIndex index =
        index(linked("a-640", "c-640", "jdoe"), linked("a-77", "c-77", "john.doe"));
    Conflict conflict =
        complete(index, teacher("c-640", "john.doe")).resolutions().get(0).conflict();

    assertThat(conflict.message())
        .isEqualTo(
            "Clever user First c-640 (c-640) changed username from 'jdoe' to 'john.doe' in Clever,"
                + " but it belongs to another account (a-77); the account keeps 'jdoe'.");
  }

  @Test
  void studentAgainstManualAdmin() {
    assertThat(
            only(complete(index(manualAdmin("m-1", "tsmith")), student("c-1", "TSmith"))).message())
        .isEqualTo(
            "Clever user First c-1 (c-1) is a student whose username 'TSmith' matches the manually"
                + " imported administrator account m-1; a student never takes over such an account,"
                + " so the user was rostered without a username.");
  }

  @Test
  void teacherAgainstAStudentsAccount() {
    assertThat(
            only(complete(
                    index(legacy("l-1", "kid1", AccountRoleType.STUDENT)), teacher("c-1", "Kid1")))
                .message())
        .isEqualTo(
            "Clever user First c-1 (c-1) is a teacher, staff member or administrator whose username"
                + " 'Kid1' matches account l-1 of a student; a student's account never goes to"
                + " anyone else, so the user was rostered without a username.");
  }

  @Test
  void duplicateInRun() {
    RunResolution result =
        complete(index(), student("c-1", "robertd99"), student("c-2", "robertd99"));

    assertThat(result.resolutions().get(0).conflict().message())
        .isEqualTo(
            "The username 'robertd99' of Clever user First c-1 (c-1) is claimed by 2 Clever users in"
                + " this sync, so none of them gets it; the user was rostered without a username.");
  }

  @Test
  void heldByAnotherCleverUser() {
    RunResolution result =
        complete(
            index(linked("a-1", "c-1", "jdoe")), teacher("c-1", "jdoe"), teacher("c-2", "jdoe"));

    assertThat(result.resolutions().get(1).conflict().message())
        .isEqualTo(
            "The username 'jdoe' of Clever user First c-2 (c-2) belongs to account a-1 of another"
                + " Clever user (c-1); the user was rostered without a username.");
  }

  @Test
  void severalAccounts() {
    RunResolution result =
        complete(index(legacy("l-1", "kim"), legacy("l-2", "Kim")), teacher("c-1", "kim"));

    assertThat(only(result).message())
        .isEqualTo(
            "The username 'kim' of Clever user First c-1 (c-1) matches 2 existing accounts (l-1,"
                + " l-2), so it was linked to none of them; the user was rostered without a"
                + " username.");
  }

  @Test
  void manualAccountNotRenamed() {
    IdentityIndex index = index(Fixtures.account("m-1", "c-1", "pnguyen", AccountSource.MANUAL));
    CleverUser renamed = teacher("c-1", "p.nguyen");

    assertThat(only(complete(index, renamed)).message())
        .isEqualTo(
            "Clever user First c-1 (c-1) changed username from 'pnguyen' to 'p.nguyen' in Clever,"
                + " but the account was created manually and a sync never renames it; it keeps"
                + " 'pnguyen'.");
  }
}
