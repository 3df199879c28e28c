package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.usermatcher.identity.Fixtures.complete;
import static io.rosterbridge.usermatcher.identity.Fixtures.deleted;
import static io.rosterbridge.usermatcher.identity.Fixtures.index;
import static io.rosterbridge.usermatcher.identity.Fixtures.legacy;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.manualAdmin;
import static io.rosterbridge.usermatcher.identity.Fixtures.newId;
import static io.rosterbridge.usermatcher.identity.Fixtures.staff;
import static io.rosterbridge.usermatcher.identity.Fixtures.student;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the identity index records after a run, and how it applies it. */
class IndexUpdatesTest {

  private static final List<AccountRoleType> TEACHER = List.of(AccountRoleType.TEACHER);

  @Test
  void everyNewLinkRenameAndRelinkIsRecordedAndNothingElse() {
    IdentityIndex index =
        index(
            linked("a-same", "c-same", "same", AccountRoleType.TEACHER),
            linked("a-ren", "c-ren", "old", AccountRoleType.TEACHER),
            linked("a-gone", "c-gone", "gone", AccountRoleType.TEACHER),
            legacy("l-1", "legacy"),
            manualAdmin("m-1", "admin"));

    RunResolution result =
        complete(
            index,
            teacher("c-same", "same"),
            teacher("c-ren", "new"),
            teacher("c-relink", "gone"),
            teacher("c-link", "legacy"),
            student("c-blocked", "admin"),
            teacher("c-new", "fresh"));

    assertThat(result.indexUpdates())
        .containsExactly(
            new IndexUpdate(
                newId("c-blocked"), "c-blocked", null, List.of(AccountRoleType.STUDENT)),
            new IndexUpdate("l-1", "c-link", Username.of("legacy"), TEACHER),
            new IndexUpdate(newId("c-new"), "c-new", Username.of("fresh"), TEACHER),
            new IndexUpdate("a-gone", "c-relink", Username.of("gone"), TEACHER),
            new IndexUpdate("a-ren", "c-ren", Username.of("new"), TEACHER));
  }

  @Test
  void applyingCreatesActiveCleverAccounts() {
    IdentityIndex after = index().apply(complete(index(), staff("c-1", "jdoe")).indexUpdates());

    assertThat(after.accounts())
        .containsExactly(
            new KnownAccount(
                newId("c-1"),
                "c-1",
                Username.of("jdoe"),
                AccountSource.CLEVER,
                AccountStatus.ACTIVE,
                List.of(new AccountRole(AccountRoleType.STAFF, null, RoleSource.CLEVER))));
  }

  @Test
  void applyingRestoresAndKeepsSchoolDetailWhenRolesDidNotChange() {
    KnownAccount gone = deleted(linked("a-1", "c-1", "jdoe", AccountRoleType.TEACHER));

    IdentityIndex after =
        index(gone).apply(complete(index(gone), teacher("c-1", "jdoe")).indexUpdates());

    assertThat(after.account("a-1"))
        .isEqualTo(linked("a-1", "c-1", "jdoe", AccountRoleType.TEACHER));
  }

  @Test
  void changedCleverRolesAreRecordedAndManualRolesKept() {
    KnownAccount manual = manualAdmin("m-1", "pn");
    IdentityIndex index =
        index(manual).apply(complete(index(manual), teacher("c-1", "pn")).indexUpdates());

    RunResolution result = complete(index, staff("c-1", "pn"));

    assertThat(result.indexUpdates())
        .containsExactly(
            new IndexUpdate("m-1", "c-1", Username.of("pn"), List.of(AccountRoleType.STAFF)));
    assertThat(index.apply(result.indexUpdates()).account("m-1").roles())
        .containsExactly(
            new AccountRole(AccountRoleType.SCHOOL_ADMIN, "school-1", RoleSource.MANUAL),
            new AccountRole(AccountRoleType.STAFF, null, RoleSource.CLEVER));
  }

  @Test
  void resolvingAgainAfterApplyingChangesNothing() {
    IdentityIndex index =
        index(linked("a-1", "c-old", "jdoe"), legacy("l-1", "kim"), manualAdmin("m-1", "tsmith"));
    RunResolution first =
        complete(
            index,
            teacher("c-new", "jdoe"),
            teacher("c-kim", "KIM"),
            student("c-ts", "tsmith"),
            student("c-r1", "robertd99"),
            student("c-r2", "robertd99"),
            student("c-none", ""));

    RunResolution second =
        complete(
            index.apply(first.indexUpdates()),
            teacher("c-new", "jdoe"),
            teacher("c-kim", "KIM"),
            student("c-ts", "tsmith"),
            student("c-r1", "robertd99"),
            student("c-r2", "robertd99"),
            student("c-none", ""));

    assertThat(second.indexUpdates()).isEmpty();
    assertThat(Fixtures.identities(second)).isEqualTo(Fixtures.identities(first));
  }
}
