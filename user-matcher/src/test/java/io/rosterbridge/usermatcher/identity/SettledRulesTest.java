package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.events.identity.ConflictReason.RENAME_BLOCKED;
import static io.rosterbridge.events.identity.ConflictReason.STAFF_MATCHES_STUDENT_ACCOUNT;
import static io.rosterbridge.events.identity.ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN;
import static io.rosterbridge.events.identity.ConflictReason.STUDENT_MATCHES_STAFF_ACCOUNT;
import static io.rosterbridge.events.identity.ConflictReason.USERNAME_HELD_BY_INACTIVE_ACCOUNT;
import static io.rosterbridge.events.identity.ConflictReason.USERNAME_MATCHES_SEVERAL_ACCOUNTS;
import static io.rosterbridge.events.identity.ResolutionOutcome.CONFLICT;
import static io.rosterbridge.events.identity.ResolutionOutcome.LINKED_EXISTING;
import static io.rosterbridge.events.identity.ResolutionOutcome.RELINKED;
import static io.rosterbridge.events.identity.ResolutionOutcome.UNCHANGED;
import static io.rosterbridge.usermatcher.identity.Fixtures.account;
import static io.rosterbridge.usermatcher.identity.Fixtures.complete;
import static io.rosterbridge.usermatcher.identity.Fixtures.deleted;
import static io.rosterbridge.usermatcher.identity.Fixtures.index;
import static io.rosterbridge.usermatcher.identity.Fixtures.legacy;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.manualAdmin;
import static io.rosterbridge.usermatcher.identity.Fixtures.newId;
import static io.rosterbridge.usermatcher.identity.Fixtures.role;
import static io.rosterbridge.usermatcher.identity.Fixtures.rows;
import static io.rosterbridge.usermatcher.identity.Fixtures.student;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static io.rosterbridge.usermatcher.identity.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.events.clever.CleverName;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.usermatcher.identity.Fixtures.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules settled where the decision table is silent: holders, students, manual accounts. */
class SettledRulesTest {

  @Test
  void usernameOfSeveralActiveAccountsLinksNone() {
    RunResolution result =
        complete(index(legacy("l-1", "jdoe"), legacy("l-2", "JDoe")), teacher("c-1", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CONFLICT, newId("c-1"), null, USERNAME_MATCHES_SEVERAL_ACCOUNTS));
  }

  @Test
  void activeHolderIsPreferredOverSoftDeletedOnes() {
    IdentityIndex index = index(legacy("l-1", "jdoe"), deleted(legacy("l-0", "JDOE")));

    RunResolution result = complete(index, teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", LINKED_EXISTING, "l-1", "jdoe", null));
  }

  @Test
  void softDeletedUnlinkedAccountIsNotTakenAndItsUsernameNotGiven() {
    RunResolution result = complete(index(deleted(legacy("l-1", "jdoe"))), teacher("c-1", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CONFLICT, newId("c-1"), null, USERNAME_HELD_BY_INACTIVE_ACCOUNT));
  }

  @Test
  void studentNeverTakesALegacyAccountWithAStaffRole() {
    RunResolution result =
        complete(index(legacy("l-1", "jsmith", AccountRoleType.TEACHER)), student("c-1", "jsmith"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CONFLICT, newId("c-1"), null, STUDENT_MATCHES_STAFF_ACCOUNT));
  }

  @Test
  void studentTakesALegacyStudentAccount() {
    RunResolution result =
        complete(index(legacy("l-1", "kid1", AccountRoleType.STUDENT)), student("c-1", "kid1"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", LINKED_EXISTING, "l-1", "kid1", null));
  }

  @Test
  void studentNeverTakesAnAccountWithAManuallyGrantedRole() {
    KnownAccount withManualRole =
        new KnownAccount(
            "l-1",
            null,
            Username.of("kid1"),
            AccountSource.LEGACY,
            AccountStatus.ACTIVE,
            List.of(new AccountRole(AccountRoleType.STUDENT, null, RoleSource.MANUAL)));

    RunResolution result = complete(index(withManualRole), student("c-1", "kid1"));

    assertThat(rows(result))
        .containsExactly(Row.of("c-1", CONFLICT, newId("c-1"), null, STUDENT_MATCHES_MANUAL_ADMIN));
  }

  @Test
  void studentNeverRelinksATeachersAccount() {
    IdentityIndex index = index(linked("a-1", "c-old", "jdoe", AccountRoleType.TEACHER));

    RunResolution result = complete(index, student("c-new", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-new", CONFLICT, newId("c-new"), null, STUDENT_MATCHES_STAFF_ACCOUNT));
  }

  @Test
  void teacherNeverTakesALegacyAccountHoldingOnlyAStudentRole() {
    RunResolution result =
        complete(index(legacy("l-1", "kid1", AccountRoleType.STUDENT)), teacher("c-1", "kid1"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CONFLICT, newId("c-1"), null, STAFF_MATCHES_STUDENT_ACCOUNT));
  }

  @Test
  void teacherNeverRelinksAGoneStudentsAccount() {
    IdentityIndex index = index(linked("a-1", "c-old", "jsmith", AccountRoleType.STUDENT));

    RunResolution result = complete(index, teacher("c-new", "jsmith"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-new", CONFLICT, newId("c-new"), null, STAFF_MATCHES_STUDENT_ACCOUNT));
  }

  @Test
  void teacherTakesALegacyAccountWhoseRolesAreUnknown() {
    RunResolution result = complete(index(legacy("l-1", "jdoe")), teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", LINKED_EXISTING, "l-1", "jdoe", null));
  }

  @Test
  void teacherRelinksALinkedManualAccountAndKeepsItsDisplay() {
    IdentityIndex index = index(account("m-1", "c-old", "PNguyen", AccountSource.MANUAL));

    RunResolution result = complete(index, teacher("c-new", "pnguyen"));

    assertThat(rows(result))
        .containsExactly(new Row("c-new", RELINKED, "m-1", "PNguyen", null, null, "c-old"));
  }

  @Test
  void linkedManualAccountIsNeverRenamed() {
    IdentityIndex index =
        index(account("m-1", "c-1", "pnguyen", AccountSource.MANUAL, AccountRoleType.TEACHER));

    RunResolution result = complete(index, teacher("c-1", "p.nguyen"));

    assertThat(rows(result))
        .containsExactly(Row.of("c-1", UNCHANGED, "m-1", "pnguyen", RENAME_BLOCKED));
    assertThat(result.indexUpdates()).isEmpty();
  }

  @Test
  void cleverDisplayFormIsCarriedWhenOnlyTheCaseChanged() {
    RunResolution result = complete(index(linked("a-1", "c-1", "jdoe")), teacher("c-1", "JDoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", UNCHANGED, "a-1", "JDoe", null));
    assertThat(result.indexUpdates())
        .containsExactly(
            new IndexUpdate("a-1", "c-1", Username.of("JDoe"), List.of(AccountRoleType.TEACHER)));
  }

  @Test
  void userWithoutAnyRoleIsNotRostered() {
    CleverUser noRoles = new CleverUser("c-1", new CleverName("A", null, "B"), null, null);

    RunResolution result = complete(index(), noRoles);

    assertThat(result.resolutions()).isEmpty();
    assertThat(result.notRostered()).containsExactly("c-1");
  }

  @Test
  void teacherWhoIsAlsoAStudentIsTreatedAsAStudent() {
    CleverUser both =
        user("c-1", role(CleverRoleType.TEACHER, "tsmith"), role(CleverRoleType.STUDENT, "x"));

    RunResolution result = complete(index(manualAdmin("m-1", "tsmith")), both);

    assertThat(rows(result))
        .containsExactly(Row.of("c-1", CONFLICT, newId("c-1"), null, STUDENT_MATCHES_MANUAL_ADMIN));
  }
}
