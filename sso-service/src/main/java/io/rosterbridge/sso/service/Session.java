package io.rosterbridge.sso.service;

import java.time.Instant;
import java.util.List;

/**
 * What a session token says about its holder.
 *
 * @param accountId the account signed in
 * @param districtId its district
 * @param roles its role names (STUDENT, TEACHER, ...)
 * @param schools the schools of those roles
 * @param operator whether the holder may manage every district
 * @param expiresAt end of the session
 */
public record Session(
    String accountId,
    String districtId,
    List<String> roles,
    List<String> schools,
    boolean operator,
    Instant expiresAt) {

  /** Whether the holder may read and change the sign-in settings of the district. */
  public boolean mayManage(String district) {
    return operator || (roles.contains("DISTRICT_ADMIN") && district.equals(districtId));
  }
}
