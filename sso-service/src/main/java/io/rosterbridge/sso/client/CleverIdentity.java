package io.rosterbridge.sso.client;

/**
 * Who Clever says signed in.
 *
 * @param userId the v3 Clever user id ({@code sub} of the id_token, {@code data.id} of /me)
 * @param districtId the user's Clever district id
 * @param userType Clever's {@code user_type} of this login, or null when /me was used
 */
public record CleverIdentity(String userId, String districtId, String userType) {}
