package io.rosterbridge.usermatcher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.events.clever.CleverName;
import io.rosterbridge.events.clever.CleverRole;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.identity.ResolutionOutcome;
import java.util.Arrays;
import java.util.List;

/** Small inputs for identity tests: Clever users, known accounts, and a compact view of results. */
final class Fixtures {

  static final String DISTRICT = "district-1";

  private Fixtures() {}

  static CleverUser teacher(String id, String username) {
    return user(id, role(CleverRoleType.TEACHER, username));
  }

  static CleverUser staff(String id, String username) {
    return user(id, role(CleverRoleType.STAFF, username));
  }

  static CleverUser student(String id, String username) {
    return user(id, role(CleverRoleType.STUDENT, username));
  }

  static CleverUser contact(String id) {
    return user(id, role(CleverRoleType.CONTACT, null));
  }

  static CleverUser user(String id, CleverRole... roles) {
    return new CleverUser(
        id, new CleverName("First", null, id), List.of(roles), "2026-01-01T00:00:00.000Z");
  }

  static CleverRole role(CleverRoleType type, String districtUsername) {
    return new CleverRole(type, "school-1", List.of("school-1"), districtUsername, "sis-1", null);
  }

  static KnownAccount legacy(String accountId, String username, AccountRoleType... roles) {
    return account(accountId, null, username, AccountSource.LEGACY, roles);
  }

  static KnownAccount manualAdmin(String accountId, String username) {
    return new KnownAccount(
        accountId,
        null,
        Username.of(username),
        AccountSource.MANUAL,
        AccountStatus.ACTIVE,
        List.of(new AccountRole(AccountRoleType.SCHOOL_ADMIN, "school-1", RoleSource.MANUAL)));
  }

  static KnownAccount linked(
      String accountId, String cleverUserId, String username, AccountRoleType... roles) {
    return account(accountId, cleverUserId, username, AccountSource.CLEVER, roles);
  }

  static KnownAccount account(
      String accountId,
      String cleverUserId,
      String username,
      AccountSource source,
      AccountRoleType... roles) {
    List<AccountRole> granted =
        Arrays.stream(roles).map(r -> new AccountRole(r, "school-1", RoleSource.CLEVER)).toList();
    return new KnownAccount(
        accountId,
        cleverUserId,
        username == null ? null : Username.of(username),
        source,
        AccountStatus.ACTIVE,
        granted);
  }

  static KnownAccount deleted(KnownAccount account) {
    return new KnownAccount(
        account.accountId(),
        account.cleverUserId(),
        account.username(),
        account.source(),
        AccountStatus.DELETED,
        account.roles());
  }

  static IdentityIndex index(KnownAccount... accounts) {
    return IdentityIndex.of(DISTRICT, List.of(accounts));
  }

  static RunResolution complete(IdentityIndex index, CleverUser... users) {
    return new IdentityResolver().resolve(index, MatchRun.complete(DISTRICT, List.of(users)));
  }

  static RunResolution partial(IdentityIndex index, CleverUser... users) {
    return new IdentityResolver().resolve(index, MatchRun.partial(DISTRICT, List.of(users)));
  }

  /** The id minted for a new account of the Clever user when no account uses it yet. */
  static String newId(String cleverUserId) {
    return AccountIds.mint(DISTRICT, cleverUserId, id -> false);
  }

  /** The whole decision for one user, minus the message (checked by {@link #rows}). */
  record Row(
      String cleverUserId,
      ResolutionOutcome outcome,
      String accountId,
      String username,
      ConflictReason reason,
      String previousUsername,
      String previousCleverUserId) {

    static Row of(
        String cleverUserId,
        ResolutionOutcome outcome,
        String accountId,
        String username,
        ConflictReason reason) {
      return new Row(cleverUserId, outcome, accountId, username, reason, null, null);
    }
  }

  /**
   * The rows of a result; also checks every report has a sentence that names the username the user
   * asked for and never holds an e-mail address.
   */
  static List<Row> rows(RunResolution result) {
    for (Resolution r : result.resolutions()) {
      if (r.conflict() != null) {
        assertThat(r.conflict().message()).isNotBlank().doesNotContain("@");
        RunUser.usernameOf(r.user())
            .ifPresent(u -> assertThat(r.conflict().message()).contains("'" + u.display() + "'"));
      }
      if (r.username() != null) {
        assertThat(r.username().key()).isEqualTo(UsernameKey.of(r.username().display()).get());
      }
    }
    return result.resolutions().stream().map(Fixtures::row).toList();
  }

  static Row row(Resolution r) {
    return new Row(
        r.cleverUserId(),
        r.outcome(),
        r.accountId(),
        r.username() == null ? null : r.username().display(),
        r.conflict() == null ? null : r.conflict().reason(),
        r.previousUsername(),
        r.previousCleverUserId());
  }

  /** Who ended where: the part of a resolution a replay must reproduce. */
  record Identity(
      String cleverUserId, String accountId, Username username, ConflictReason reason) {}

  static List<Identity> identities(RunResolution result) {
    return result.resolutions().stream()
        .map(
            r ->
                new Identity(
                    r.cleverUserId(),
                    r.accountId(),
                    r.username(),
                    r.conflict() == null ? null : r.conflict().reason()))
        .toList();
  }
}
