package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.usermatcher.identity.Fixtures.contact;
import static io.rosterbridge.usermatcher.identity.Fixtures.role;
import static io.rosterbridge.usermatcher.identity.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.clever.CleverName;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Clever users are rostered, under which username and roles. */
class RunUserTest {

  @Test
  void teacherUsernameComesFirstThenStaffThenStudent() {
    CleverUser user =
        user(
            "c-1",
            role(CleverRoleType.STUDENT, "as.student"),
            role(CleverRoleType.STAFF, "as.staff"),
            role(CleverRoleType.TEACHER, "as.teacher"));

    assertThat(RunUser.of(user).orElseThrow().username()).isEqualTo(Username.of("as.teacher"));
  }

  @Test
  void roleWithoutUsableUsernameIsSkipped() {
    CleverUser user =
        user(
            "c-1",
            role(CleverRoleType.TEACHER, " \u00A0"),
            role(CleverRoleType.STAFF, "bwu_admin"));

    assertThat(RunUser.of(user).orElseThrow().username()).isEqualTo(Username.of("bwu_admin"));
  }

  @Test
  void districtAdminAloneHasNoUsername() {
    RunUser admin =
        RunUser.of(user("c-1", role(CleverRoleType.DISTRICT_ADMIN, "ignored"))).orElseThrow();

    assertThat(admin.username()).isNull();
    assertThat(admin.roles()).containsExactly(AccountRoleType.DISTRICT_ADMIN);
  }

  @Test
  void rolesAreTheUnionOfRosteredRolesInAFixedOrder() {
    CleverUser user =
        user(
            "c-1",
            role(CleverRoleType.DISTRICT_ADMIN, null),
            role(CleverRoleType.STAFF, "s"),
            role(CleverRoleType.TEACHER, "t"),
            role(CleverRoleType.TEACHER, "t"));

    assertThat(RunUser.of(user).orElseThrow().roles())
        .containsExactly(
            AccountRoleType.TEACHER, AccountRoleType.STAFF, AccountRoleType.DISTRICT_ADMIN);
  }

  @Test
  void contactsAndUsersWithoutRolesAreNotRostered() {
    assertThat(RunUser.of(contact("c-1"))).isEmpty();
    assertThat(RunUser.of(user("c-2"))).isEmpty();
  }

  @Test
  void studentIsRecognised() {
    assertThat(RunUser.of(Fixtures.student("c-1", "k")).orElseThrow().isStudent()).isTrue();
    assertThat(RunUser.of(Fixtures.teacher("c-1", "k")).orElseThrow().isStudent()).isFalse();
  }

  @Test
  void userIsDescribedByNameAndCleverIdOnly() {
    CleverUser named =
        new CleverUser(
            "c-1",
            new CleverName("Jane", "Q", "Doe"),
            List.of(role(CleverRoleType.TEACHER, "jdoe")),
            null);
    CleverUser nameless =
        new CleverUser("c-2", null, List.of(role(CleverRoleType.TEACHER, "x")), null);

    assertThat(RunUser.of(named).orElseThrow().describe()).isEqualTo("Clever user Jane Doe (c-1)");
    assertThat(RunUser.of(nameless).orElseThrow().describe()).isEqualTo("Clever user c-2");
  }
}
