package io.rosterbridge.events.clever;

import java.util.List;

/**
 * One role of a Clever user. {@code districtUsername} is the role's {@code
 * credentials.district_username} exactly as sent (absent, empty and blank are kept as they came).
 */
public record CleverRole(
    CleverRoleType type,
    String primarySchoolId,
    List<String> schoolIds,
    String districtUsername,
    String sisId,
    String grade) {

  public CleverRole {
    schoolIds = schoolIds == null ? List.of() : List.copyOf(schoolIds);
  }
}
