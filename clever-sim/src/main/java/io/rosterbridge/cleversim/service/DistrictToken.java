package io.rosterbridge.cleversim.service;

import java.util.List;

/**
 * The bearer token of one district connection, as {@code GET /oauth/tokens} lists it.
 *
 * @param id id of the token record
 * @param districtId the district it grants access to
 * @param accessToken the bearer token
 * @param created when it was issued, Clever timestamp format
 * @param scopes the scopes of the connection
 */
public record DistrictToken(
    String id, String districtId, String accessToken, String created, List<String> scopes) {

  /** Scopes a full rostering connection has. */
  public static final List<String> SCOPES =
      List.of(
          "read:district_admins",
          "read:school_admins",
          "read:schools",
          "read:sections",
          "read:students",
          "read:student_contacts",
          "read:teachers",
          "read:user_id");
}
