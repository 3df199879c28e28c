package io.rosterbridge.cleversim.oauth;

/**
 * What a user (SSO) access token grants: one user of one district, in the role of the login.
 *
 * @param districtId the user's district
 * @param userId the Clever user id
 * @param role the role of this login
 */
public record UserSession(String districtId, String userId, String role) {}
