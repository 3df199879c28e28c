package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.identity.Conflict;
import io.rosterbridge.events.identity.ConflictReason;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the sentence an admin reads for each reported user: who, which username, why, and what
 * happened instead. Users are named by name and Clever id, never by e-mail.
 */
final class ConflictMessages {

  private static final String NEVER_TAKES_OVER =
      "; a student never takes over such an account, so ";

  private ConflictMessages() {}

  /** The user has no usable username; {@code own} is its account when linked, else null. */
  static Conflict noUsername(RunUser user, KnownAccount own) {
    String text =
        own == null
            ? user.describe()
                + " has no district username in Clever, so the account was created without one;"
                + " the user can still sign in with Clever."
            : "%s has no district username in Clever; %s.".formatted(user.describe(), after(own));
    return new Conflict(ConflictReason.NO_USERNAME, text);
  }

  /** Several users of the run could take the same username. */
  static Conflict duplicate(RunUser user, int claimants, KnownAccount own) {
    String text =
        "The username %s of %s is claimed by %d Clever users in this sync, so none of them gets it; %s."
            .formatted(quoted(user), user.describe(), claimants, after(own));
    return new Conflict(ConflictReason.DUPLICATE_USERNAME_IN_RUN, text);
  }

  /** A linked manual account keeps its username although Clever sends another. */
  static Conflict manualNotRenamed(RunUser user, KnownAccount own) {
    String text =
        ("%s changed username from '%s' to %s in Clever, but the account was created manually"
                + " and a sync never renames it; it keeps '%s'.")
            .formatted(user.describe(), own.username(), quoted(user), own.username());
    return new Conflict(ConflictReason.RENAME_BLOCKED, text);
  }

  /** The account(s) holding the username cannot go to this user. */
  static Conflict refused(
      ConflictReason reason, RunUser user, List<KnownAccount> holders, KnownAccount own) {
    KnownAccount holder = holders.get(0);
    String text =
        switch (reason) {
          case USERNAME_HELD_BY_OTHER_CLEVER_USER ->
              heldBy(
                  user,
                  own,
                  "account %s of another Clever user (%s)"
                      .formatted(holder.accountId(), holder.cleverUserId()));
          case USERNAME_HELD_BY_INACTIVE_ACCOUNT ->
              heldBy(
                  user,
                  own,
                  "the deactivated account %s, which is not linked to Clever"
                      .formatted(holder.accountId()));
          case STUDENT_MATCHES_MANUAL_ADMIN, STUDENT_MATCHES_STAFF_ACCOUNT ->
              student(reason, user, holder, own);
          case STAFF_MATCHES_STUDENT_ACCOUNT -> staff(user, holder, own);
          case USERNAME_MATCHES_SEVERAL_ACCOUNTS -> several(user, holders, own);
          case RENAME_BLOCKED -> renameBlocked(user, holders, own);
          default -> throw new IllegalArgumentException("Not a refusal: " + reason);
        };
    return new Conflict(reason, text);
  }

  private static String heldBy(RunUser user, KnownAccount own, String holder) {
    return "The username %s of %s belongs to %s; %s."
        .formatted(quoted(user), user.describe(), holder, after(own));
  }

  private static String student(
      ConflictReason reason, RunUser user, KnownAccount holder, KnownAccount own) {
    String account =
        reason == ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN
            ? "the manually imported administrator account " + holder.accountId()
            : "account %s of a teacher, staff member or administrator"
                .formatted(holder.accountId());
    return "%s is a student whose username %s matches %s%s%s."
        .formatted(user.describe(), quoted(user), account, NEVER_TAKES_OVER, after(own));
  }

  private static String staff(RunUser user, KnownAccount holder, KnownAccount own) {
    return ("%s is a teacher, staff member or administrator whose username %s matches account %s"
            + " of a student; a student's account never goes to anyone else, so %s.")
        .formatted(user.describe(), quoted(user), holder.accountId(), after(own));
  }

  private static String several(RunUser user, List<KnownAccount> holders, KnownAccount own) {
    return "The username %s of %s matches %d existing accounts (%s), so it was linked to none of them; %s."
        .formatted(quoted(user), user.describe(), holders.size(), ids(holders), after(own));
  }

  private static String renameBlocked(RunUser user, List<KnownAccount> holders, KnownAccount own) {
    if (own.username() == null) {
      return heldBy(user, own, "another account (" + ids(holders) + ")");
    }
    return ("%s changed username from '%s' to %s in Clever, but it belongs to another account (%s);"
            + " the account keeps '%s'.")
        .formatted(user.describe(), own.username(), quoted(user), ids(holders), own.username());
  }

  /** What happened to the user instead; {@code own} is null for a new account. */
  private static String after(KnownAccount own) {
    if (own == null) {
      return "the user was rostered without a username";
    }
    return own.username() == null
        ? "the account stays without a username"
        : "the account keeps the username '" + own.username() + "'";
  }

  private static String quoted(RunUser user) {
    return "'" + user.username() + "'";
  }

  private static String ids(List<KnownAccount> accounts) {
    return accounts.stream().map(KnownAccount::accountId).collect(Collectors.joining(", "));
  }
}
