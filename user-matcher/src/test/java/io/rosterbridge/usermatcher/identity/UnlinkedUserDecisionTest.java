package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.events.identity.ConflictReason.DUPLICATE_USERNAME_IN_RUN;
import static io.rosterbridge.events.identity.ConflictReason.NO_USERNAME;
import static io.rosterbridge.events.identity.ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN;
import static io.rosterbridge.events.identity.ConflictReason.USERNAME_HELD_BY_OTHER_CLEVER_USER;
import static io.rosterbridge.events.identity.ResolutionOutcome.CONFLICT;
import static io.rosterbridge.events.identity.ResolutionOutcome.CREATED;
import static io.rosterbridge.events.identity.ResolutionOutcome.LINKED_EXISTING;
import static io.rosterbridge.events.identity.ResolutionOutcome.RELINKED;
import static io.rosterbridge.events.identity.ResolutionOutcome.UNCHANGED;
import static io.rosterbridge.usermatcher.identity.Fixtures.complete;
import static io.rosterbridge.usermatcher.identity.Fixtures.contact;
import static io.rosterbridge.usermatcher.identity.Fixtures.deleted;
import static io.rosterbridge.usermatcher.identity.Fixtures.index;
import static io.rosterbridge.usermatcher.identity.Fixtures.legacy;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.manualAdmin;
import static io.rosterbridge.usermatcher.identity.Fixtures.newId;
import static io.rosterbridge.usermatcher.identity.Fixtures.partial;
import static io.rosterbridge.usermatcher.identity.Fixtures.role;
import static io.rosterbridge.usermatcher.identity.Fixtures.rows;
import static io.rosterbridge.usermatcher.identity.Fixtures.staff;
import static io.rosterbridge.usermatcher.identity.Fixtures.student;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static io.rosterbridge.usermatcher.identity.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.usermatcher.identity.Fixtures.Row;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decision table rows for a Clever user not linked yet, one test (or more) per row. */
class UnlinkedUserDecisionTest {

  @Test
  void unlinkedUserMatchingOneLegacyAccountIsLinkedToIt() {
    RunResolution result = complete(index(legacy("l-1", "JDoe")), teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", LINKED_EXISTING, "l-1", "jdoe", null));
  }

  @ParameterizedTest
  @EnumSource(
      value = CleverRoleType.class,
      names = {"TEACHER", "STAFF"})
  void staffMatchingAManualAdminIsLinkedAndTheManualDisplayKept(CleverRoleType type) {
    RunResolution result =
        complete(index(manualAdmin("m-1", "PNguyen")), user("c-1", role(type, "pnguyen")));

    assertThat(rows(result))
        .containsExactly(Row.of("c-1", LINKED_EXISTING, "m-1", "PNguyen", null));
  }

  @Test
  void districtAdminWithTeacherUsernameMatchingAManualAdminIsLinked() {
    CleverUser admin =
        user(
            "c-1",
            role(CleverRoleType.DISTRICT_ADMIN, null),
            role(CleverRoleType.TEACHER, "pnguyen"));

    RunResolution result = complete(index(manualAdmin("m-1", "pnguyen")), admin);

    assertThat(rows(result))
        .containsExactly(Row.of("c-1", LINKED_EXISTING, "m-1", "pnguyen", null));
  }

  @Test
  void studentMatchingAManualAdminIsAConflictOnANewAccount() {
    RunResolution result = complete(index(manualAdmin("m-1", "tsmith")), student("c-1", "tsmith"));

    assertThat(rows(result))
        .containsExactly(Row.of("c-1", CONFLICT, newId("c-1"), null, STUDENT_MATCHES_MANUAL_ADMIN));
  }

  @Test
  void usernameHeldByAnotherCleverUserPresentInTheRunIsAConflict() {
    IdentityIndex index = index(linked("a-1", "c-1", "jdoe"));

    RunResolution result = complete(index, teacher("c-1", "jdoe"), teacher("c-2", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", UNCHANGED, "a-1", "jdoe", null),
            Row.of("c-2", CONFLICT, newId("c-2"), null, USERNAME_HELD_BY_OTHER_CLEVER_USER));
  }

  @Test
  void usernameHeldByACleverUserAbsentFromAPartialRunIsAConflict() {
    RunResolution result = partial(index(linked("a-1", "c-old", "jdoe")), teacher("c-new", "jdoe"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-new", CONFLICT, newId("c-new"), null, USERNAME_HELD_BY_OTHER_CLEVER_USER));
  }

  @Test
  void usernameHeldByACleverUserAbsentFromACompleteRunIsRelinked() {
    RunResolution result =
        complete(index(linked("a-1", "c-old", "jdoe")), teacher("c-new", "JDoe"));

    assertThat(rows(result))
        .containsExactly(new Row("c-new", RELINKED, "a-1", "JDoe", null, null, "c-old"));
  }

  @Test
  void softDeletedAccountOfAGoneCleverUserIsRelinked() {
    RunResolution result =
        complete(index(deleted(linked("a-1", "c-old", "jdoe"))), teacher("c-new", "jdoe"));

    assertThat(rows(result))
        .containsExactly(new Row("c-new", RELINKED, "a-1", "jdoe", null, null, "c-old"));
  }

  @Test
  void sharedUsernameNobodyOwnsGoesToNobody() {
    RunResolution result =
        complete(index(), teacher("c-1", "robertd99"), student("c-2", "RobertD99"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CREATED, newId("c-1"), null, DUPLICATE_USERNAME_IN_RUN),
            Row.of("c-2", CREATED, newId("c-2"), null, DUPLICATE_USERNAME_IN_RUN));
  }

  @Test
  void sharedUsernameStaysWithTheCleverUserWhoseAccountOwnsIt() {
    IdentityIndex index = index(linked("a-1", "c-1", "robertd99"));

    RunResolution result =
        complete(
            index,
            student("c-1", "robertd99"),
            student("c-2", "robertd99"),
            student("c-3", "robertd99 "));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", UNCHANGED, "a-1", "robertd99", null),
            Row.of("c-2", CONFLICT, newId("c-2"), null, USERNAME_HELD_BY_OTHER_CLEVER_USER),
            Row.of("c-3", CONFLICT, newId("c-3"), null, USERNAME_HELD_BY_OTHER_CLEVER_USER));
  }

  @Test
  void sharedUsernameOfAnUnlinkedLegacyAccountLinksNobody() {
    RunResolution result =
        complete(
            index(legacy("l-1", "robertd99")),
            teacher("c-1", "robertd99"),
            teacher("c-2", "robertd99"));

    assertThat(rows(result))
        .containsExactly(
            Row.of("c-1", CREATED, newId("c-1"), null, DUPLICATE_USERNAME_IN_RUN),
            Row.of("c-2", CREATED, newId("c-2"), null, DUPLICATE_USERNAME_IN_RUN));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\u00A0\u2007", "\r\n"})
  void newUserWithoutUsableUsernameIsCreatedByCleverIdOnly(String username) {
    RunResolution result = complete(index(), student("c-1", username));

    assertThat(rows(result))
        .containsExactly(Row.of("c-1", CREATED, newId("c-1"), null, NO_USERNAME));
  }

  @Test
  void newUserWithAFreeUsernameIsCreatedWithIt() {
    RunResolution result = complete(index(legacy("l-1", "someone.else")), teacher("c-1", " JDoe "));

    assertThat(rows(result)).containsExactly(Row.of("c-1", CREATED, newId("c-1"), "JDoe", null));
  }

  @Test
  void multiRoleUserIsOneAccountWithTheUnionOfRolesNamedByItsTeacherRole() {
    CleverUser bwu =
        user(
            "c-1",
            role(CleverRoleType.STAFF, "bwu_admin"),
            role(CleverRoleType.DISTRICT_ADMIN, null),
            role(CleverRoleType.TEACHER, "bwu"));

    RunResolution result = complete(index(), bwu);

    assertThat(rows(result)).containsExactly(Row.of("c-1", CREATED, newId("c-1"), "bwu", null));
    assertThat(result.indexUpdates())
        .singleElement()
        .extracting(IndexUpdate::cleverRoles)
        .isEqualTo(
            List.of(
                AccountRoleType.TEACHER, AccountRoleType.STAFF, AccountRoleType.DISTRICT_ADMIN));
  }

  @Test
  void contactsAreNotRostered() {
    RunResolution result =
        complete(index(legacy("l-1", "parent")), contact("c-9"), teacher("c-1", "jdoe"));

    assertThat(rows(result)).containsExactly(Row.of("c-1", CREATED, newId("c-1"), "jdoe", null));
    assertThat(result.notRostered()).containsExactly("c-9");
    assertThat(result.indexUpdates()).extracting(IndexUpdate::cleverUserId).containsExactly("c-1");
  }

  @Test
  void theSameRunInAnyOrderGivesTheSameResolution() {
    IdentityIndex index = index(linked("a-1", "c-old", "jdoe"), legacy("l-1", "x"));
    BiFunction<IdentityIndex, List<CleverUser>, RunResolution> resolve =
        (i, users) ->
            new IdentityResolver().resolve(i, MatchRun.complete(Fixtures.DISTRICT, users));
    List<CleverUser> users =
        List.of(
            teacher("c-new", "jdoe"), staff("c-2", "x"), student("c-3", "y"), student("c-4", "y"));

    List<CleverUser> reversed = new ArrayList<>(users);
    Collections.reverse(reversed);

    assertThat(resolve.apply(index, reversed)).isEqualTo(resolve.apply(index, users));
  }
}
