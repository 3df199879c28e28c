package io.rosterbridge.cleversim.oauth;

import java.time.Instant;

/**
 * What an authorization code stands for.
 *
 * @param districtId the user's district
 * @param userId the Clever user id that signed in
 * @param role the role of this login ({@code teacher}, {@code student} …)
 * @param redirectUri the redirect URI the code was sent to
 * @param nonce the nonce of the authorize request, or null
 * @param issuedAt when the code was issued
 */
public record CodeGrant(
    String districtId,
    String userId,
    String role,
    String redirectUri,
    String nonce,
    Instant issuedAt) {}
