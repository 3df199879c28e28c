package io.rosterbridge.events.clever;

import java.util.List;
import java.util.Optional;

/**
 * A Clever user with every role it holds. E-mail is deliberately absent: Rosterbridge never matches
 * on it and never stores a student's.
 */
public record CleverUser(String id, CleverName name, List<CleverRole> roles, String lastModified) {

  public CleverUser {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** The role of the given type, if the user holds it. */
  public Optional<CleverRole> role(CleverRoleType type) {
    return roles.stream().filter(r -> r.type() == type).findFirst();
  }

  /** True when the user holds the role. */
  public boolean has(CleverRoleType type) {
    return role(type).isPresent();
  }
}
