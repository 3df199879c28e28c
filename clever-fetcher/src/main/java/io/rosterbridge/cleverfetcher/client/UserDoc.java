package io.rosterbridge.cleverfetcher.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.rosterbridge.events.clever.CleverName;
import io.rosterbridge.events.clever.CleverRole;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A Clever user as it arrives: name and the object of roles keyed by role name. No e-mail. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserDoc(
    String id,
    NameDoc name,
    Map<String, RoleDoc> roles,
    @JsonProperty("last_modified") String lastModified)
    implements CleverDoc {

  /** The roles the roster keeps, in the order the fetcher reads their lists. */
  public static final List<CleverRoleType> ROSTERED =
      List.of(
          CleverRoleType.STUDENT,
          CleverRoleType.TEACHER,
          CleverRoleType.STAFF,
          CleverRoleType.DISTRICT_ADMIN);

  /** A name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NameDoc(String first, String middle, String last) {}

  /** One role; staff have {@code staff_id} where the others have {@code sis_id}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RoleDoc(
      String school,
      List<String> schools,
      @JsonProperty("sis_id") String sisId,
      @JsonProperty("staff_id") String staffId,
      String grade,
      CredentialsDoc credentials) {}

  /** Role credentials; the username is kept exactly as sent. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CredentialsDoc(@JsonProperty("district_username") String districtUsername) {}

  /** Clever's key of a role, e.g. {@code district_admin}. */
  public static String key(CleverRoleType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** Whether the user holds the role. */
  public boolean has(CleverRoleType type) {
    return roles != null && roles.get(key(type)) != null;
  }

  /** Whether the user holds any role the roster keeps (a contact-only user holds none). */
  public boolean rostered() {
    return ROSTERED.stream().anyMatch(this::has);
  }

  /** The user with every role it holds, in a fixed order. */
  public CleverUser toUser() {
    List<CleverRole> out = new ArrayList<>();
    for (CleverRoleType type : CleverRoleType.values()) {
      RoleDoc role = roles == null ? null : roles.get(key(type));
      if (role != null) {
        out.add(toRole(type, role));
      }
    }
    CleverName fullName = name == null ? null : new CleverName(name.first, name.middle, name.last);
    return new CleverUser(id, fullName, out, lastModified);
  }

  private static CleverRole toRole(CleverRoleType type, RoleDoc role) {
    String username = role.credentials == null ? null : role.credentials.districtUsername;
    String sisId = role.sisId != null ? role.sisId : role.staffId;
    return new CleverRole(type, role.school, role.schools, username, sisId, role.grade);
  }
}
