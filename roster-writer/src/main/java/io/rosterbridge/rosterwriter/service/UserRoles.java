package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.clever.CleverRole;
import io.rosterbridge.events.clever.CleverUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles a Clever user holds in the application: student, teacher and staff at each of their
 * schools (the primary school when no list is given), district admin district-wide; contacts none.
 */
public final class UserRoles {

  /** One role at one school (null for district-wide). */
  public record Grant(AccountRoleType role, String schoolId) {}

  private UserRoles() {}

  /** The user's grants, each once. */
  public static List<Grant> of(CleverUser user) {
    Set<Grant> grants = new LinkedHashSet<>();
    for (CleverRole role : user.roles()) {
      AccountRoleType type = typeOf(role);
      if (type == AccountRoleType.DISTRICT_ADMIN) {
        grants.add(new Grant(type, null));
      } else if (type != null) {
        schoolsOf(role).forEach(school -> grants.add(new Grant(type, school)));
      }
    }
    return new ArrayList<>(grants);
  }

  private static AccountRoleType typeOf(CleverRole role) {
    if (role == null || role.type() == null) {
      return null;
    }
    return switch (role.type()) {
      case STUDENT -> AccountRoleType.STUDENT;
      case TEACHER -> AccountRoleType.TEACHER;
      case STAFF -> AccountRoleType.STAFF;
      case DISTRICT_ADMIN -> AccountRoleType.DISTRICT_ADMIN;
      case CONTACT -> null;
    };
  }

  private static List<String> schoolsOf(CleverRole role) {
    List<String> schools = new ArrayList<>();
    role.schoolIds().stream().filter(s -> s != null && !s.isBlank()).forEach(schools::add);
    if (schools.isEmpty()) {
      schools.add(
          role.primarySchoolId() == null || role.primarySchoolId().isBlank()
              ? null
              : role.primarySchoolId());
    }
    return schools;
  }
}
