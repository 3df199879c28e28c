package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.events.identity.ConflictReason.DUPLICATE_USERNAME_IN_RUN;
import static io.rosterbridge.events.identity.ConflictReason.NO_USERNAME;
import static io.rosterbridge.events.identity.ConflictReason.RENAME_BLOCKED;
import static io.rosterbridge.events.identity.ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN;
import static io.rosterbridge.events.identity.ConflictReason.USERNAME_HELD_BY_OTHER_CLEVER_USER;
import static io.rosterbridge.events.identity.ResolutionOutcome.CONFLICT;
import static io.rosterbridge.events.identity.ResolutionOutcome.CREATED;
import static io.rosterbridge.events.identity.ResolutionOutcome.LINKED_EXISTING;
import static io.rosterbridge.events.identity.ResolutionOutcome.RELINKED;
import static io.rosterbridge.events.identity.ResolutionOutcome.RENAMED;
import static io.rosterbridge.events.identity.ResolutionOutcome.UNCHANGED;
import static io.rosterbridge.usermatcher.identity.Fixtures.DISTRICT;
import static io.rosterbridge.usermatcher.identity.Fixtures.complete;
import static io.rosterbridge.usermatcher.identity.Fixtures.contact;
import static io.rosterbridge.usermatcher.identity.Fixtures.index;
import static io.rosterbridge.usermatcher.identity.Fixtures.legacy;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.manualAdmin;
import static io.rosterbridge.usermatcher.identity.Fixtures.newId;
import static io.rosterbridge.usermatcher.identity.Fixtures.partial;
import static io.rosterbridge.usermatcher.identity.Fixtures.role;
import static io.rosterbridge.usermatcher.identity.Fixtures.rows;
import static io.rosterbridge.usermatcher.identity.Fixtures.student;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static io.rosterbridge.usermatcher.identity.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.usermatcher.identity.Fixtures.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The identity cases of the design brief, each a small input with the whole resolution asserted.
 */
class IssueCasesTest {

  @Test
  void legacyJDoeAndTeacherWithTrailingSpaceAreOneAccount() {
    RunResolution result = complete(index(legacy("l-jdoe", "JDoe")), teacher("c-1", "jdoe "));

    assertThat(rows(result))
        .containsExactly(Row.of("c-1", LINKED_EXISTING, "l-jdoe", "jdoe", null));
    assertThat(result.indexUpdates())
        .containsExactly(
            new IndexUpdate(
                "l-jdoe", "c-1", Username.of("jdoe"), List.of(AccountRoleType.TEACHER)));
  }

  @Test
  void c640RenamedFromJdoeToJohnDoeTheNextNightKeepsItsAccount() {
    IdentityIndex night1 = index();
    RunResolution first = complete(night1, teacher("c-640", "jdoe"));
    IdentityIndex night2 = night1.apply(first.indexUpdates());

    RunResolution second = complete(night2, teacher("c-640", "john.doe"));

    assertThat(rows(first)).containsExactly(Row.of("c-640", CREATED, newId("c-640"), "jdoe", null));
    assertThat(rows(second))
        .containsExactly(new Row("c-640", RENAMED, newId("c-640"), "john.doe", null, "jdoe", null));
  }

  @Test
  void c640KeepsJdoeWhenJohnDoeBelongsToSomeoneElse() {
    IdentityIndex index =
        index(linked("a-640", "c-640", "jdoe"), linked("a-77", "c-77", "john.doe"));

    RunResolution result =
        complete(index, teacher("c-640", "john.doe"), teacher("c-77", "john.doe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-640", UNCHANGED, "a-640", "jdoe", RENAME_BLOCKED),
            Row.of("c-77", UNCHANGED, "a-77", "john.doe", null));
  }

  @Test
  void studentTsmithNeverTakesTheManualAdminTsmith() {
    RunResolution result =
        complete(index(manualAdmin("m-tsmith", "tsmith")), student("c-s", "tsmith"));

    assertThat(rows(result))
        .containsExactly(Row.of("c-s", CONFLICT, newId("c-s"), null, STUDENT_MATCHES_MANUAL_ADMIN));
    assertThat(result.indexUpdates())
        .containsExactly(
            new IndexUpdate(newId("c-s"), "c-s", null, List.of(AccountRoleType.STUDENT)));
  }

  @Test
  void teacherPnguyenIsLinkedToTheManualAdminAndKeepsTheAdminRole() {
    IdentityIndex index = index(manualAdmin("m-pn", "pnguyen"));

    RunResolution result = complete(index, teacher("c-t", "pnguyen"));

    assertThat(rows(result))
        .containsExactly(Row.of("c-t", LINKED_EXISTING, "m-pn", "pnguyen", null));
    KnownAccount after = index.apply(result.indexUpdates()).account("m-pn");
    assertThat(after.cleverUserId()).isEqualTo("c-t");
    assertThat(after.roles())
        .containsExactly(
            new AccountRole(AccountRoleType.SCHOOL_ADMIN, "school-1", RoleSource.MANUAL),
            new AccountRole(AccountRoleType.TEACHER, null, RoleSource.CLEVER));
  }

  @Test
  void twoNewRobertd99GetNeitherTheUsername() {
    RunResolution result =
        complete(index(), student("c-r1", "robertd99"), student("c-r2", "robertd99"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-r1", CREATED, newId("c-r1"), null, DUPLICATE_USERNAME_IN_RUN),
            Row.of("c-r2", CREATED, newId("c-r2"), null, DUPLICATE_USERNAME_IN_RUN));
  }

  @Test
  void emptyAbsentAndBlankUsernamesOfLinkedUsersKeepTheirAccounts() {
    IdentityIndex index =
        index(
            linked("a-1", "c-1", "one", AccountRoleType.TEACHER),
            linked("a-2", "c-2", "two", AccountRoleType.TEACHER),
            linked("a-3", "c-3", "three", AccountRoleType.TEACHER));

    RunResolution result =
        complete(index, teacher("c-1", ""), teacher("c-2", null), teacher("c-3", " \u00A0 "));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", UNCHANGED, "a-1", "one", NO_USERNAME),
            Row.of("c-2", UNCHANGED, "a-2", "two", NO_USERNAME),
            Row.of("c-3", UNCHANGED, "a-3", "three", NO_USERNAME));
    assertThat(result.indexUpdates()).isEmpty();
  }

  @Test
  void emptyAbsentAndBlankUsernamesOfNewUsersAreRosteredWithoutAndReported() {
    RunResolution result =
        complete(index(), student("c-1", ""), student("c-2", null), student("c-3", "\u3000"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CREATED, newId("c-1"), null, NO_USERNAME),
            Row.of("c-2", CREATED, newId("c-2"), null, NO_USERNAME),
            Row.of("c-3", CREATED, newId("c-3"), null, NO_USERNAME));
  }

  @Test
  void multiRoleBwuIsOneAccountNamedBwuWithTeacherAndStaffRoles() {
    CleverUser bwu =
        user("c-bwu", role(CleverRoleType.TEACHER, "bwu"), role(CleverRoleType.STAFF, "bwu_admin"));

    RunResolution result = complete(index(), bwu);

    assertThat(rows(result)).containsExactly(Row.of("c-bwu", CREATED, newId("c-bwu"), "bwu", null));
    assertThat(result.indexUpdates())
        .containsExactly(
            new IndexUpdate(
                newId("c-bwu"),
                "c-bwu",
                Username.of("bwu"),
                List.of(AccountRoleType.TEACHER, AccountRoleType.STAFF)));
  }

  @Test
  void accountOfCOldIsRelinkedToCNewWhenACompleteRunLacksCOld() {
    RunResolution result =
        complete(index(linked("a-1", "c-old", "jdoe")), teacher("c-new", "jdoe"));

    assertThat(rows(result))
        .containsExactly(new Row("c-new", RELINKED, "a-1", "jdoe", null, null, "c-old"));
  }

  @Test
  void accountOfCOldStaysWhenCOldIsStillPresent() {
    IdentityIndex index = index(linked("a-1", "c-old", "jdoe"));

    RunResolution result = complete(index, teacher("c-old", "jdoe"), teacher("c-new", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-new", CONFLICT, newId("c-new"), null, USERNAME_HELD_BY_OTHER_CLEVER_USER),
            Row.of("c-old", UNCHANGED, "a-1", "jdoe", null));
  }

  @Test
  void accountOfCOldStaysWhenTheRunIsIncremental() {
    RunResolution result = partial(index(linked("a-1", "c-old", "jdoe")), teacher("c-new", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-new", CONFLICT, newId("c-new"), null, USERNAME_HELD_BY_OTHER_CLEVER_USER));
  }

  @Test
  void contactsAreNeverRostered() {
    RunResolution result = complete(index(legacy("l-1", "mom")), contact("c-parent"));

    assertThat(result)
        .isEqualTo(new RunResolution(DISTRICT, List.of(), List.of(), List.of("c-parent")));
  }
}
