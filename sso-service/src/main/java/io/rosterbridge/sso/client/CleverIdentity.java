package io.rosterbridge.sso.client;

/**
 * Who Clever says signed in.
 *
 * @param userId the v3 Clever user id ({@code sub} of the id_token, {@code data.id} of /me)
 * @param districtId the user's Clever district id
 * @param userType Clever's {@code user_type} of this login (id_token), or, when /me was used, the
 *     user's one role name ({@code contact} for a guardian; null with several roles)
 */
public record CleverIdentity(String userId, String districtId, String userType) {}
