package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.clever.CleverName;
import io.rosterbridge.events.clever.CleverRole;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Clever user of a run that is rostered, with the username it asks for (null when it has none)
 * and the account roles Clever grants it.
 */
record RunUser(CleverUser user, Username username, List<AccountRoleType> roles) {

  /** Roles whose {@code district_username} names the user, in order of precedence. */
  private static final List<CleverRoleType> USERNAME_ORDER =
      List.of(CleverRoleType.TEACHER, CleverRoleType.STAFF, CleverRoleType.STUDENT);

  public RunUser {
    Objects.requireNonNull(user, "user");
    roles = List.copyOf(roles);
  }

  /** The rostered form of a Clever user, or empty for one that is never rostered (contacts). */
  public static Optional<RunUser> of(CleverUser user) {
    List<AccountRoleType> roles =
        user.roles().stream()
            .map(CleverRole::type)
            .filter(Objects::nonNull)
            .distinct()
            .map(RunUser::accountRole)
            .flatMap(Optional::stream)
            .sorted()
            .toList();
    return roles.isEmpty()
        ? Optional.empty()
        : Optional.of(new RunUser(user, usernameOf(user).orElse(null), roles));
  }

  /** The first usable {@code district_username} in the order teacher, staff, student. */
  static Optional<Username> usernameOf(CleverUser user) {
    return USERNAME_ORDER.stream()
        .map(user::role)
        .flatMap(Optional::stream)
        .map(role -> Username.parse(role.districtUsername()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<AccountRoleType> accountRole(CleverRoleType type) {
    return switch (type) {
      case STUDENT -> Optional.of(AccountRoleType.STUDENT);
      case TEACHER -> Optional.of(AccountRoleType.TEACHER);
      case STAFF -> Optional.of(AccountRoleType.STAFF);
      case DISTRICT_ADMIN -> Optional.of(AccountRoleType.DISTRICT_ADMIN);
      case CONTACT -> Optional.empty();
    };
  }

  /** The Clever user id. */
  public String id() {
    return user.id();
  }

  /** The key of the username it asks for, or null. */
  public UsernameKey key() {
    return username == null ? null : username.key();
  }

  /** True for a student: never linked to an account that holds more than student roles. */
  public boolean isStudent() {
    return roles.contains(AccountRoleType.STUDENT);
  }

  /** How an admin recognises the user: name and Clever id, never an e-mail. */
  public String describe() {
    CleverName name = user.name();
    String full =
        name == null
            ? ""
            : UsernameKey.trim(
                (Objects.toString(name.first(), "") + " " + Objects.toString(name.last(), "")));
    return full.isEmpty() ? "Clever user " + id() : "Clever user " + full + " (" + id() + ")";
  }
}
