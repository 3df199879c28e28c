package io.rosterbridge.sso.service;

/**
 * A district in which a Google or Microsoft login name is looked up.
 *
 * @param districtId the Clever district id
 * @param localPartOnly compare only the part of the username before {@code @}
 */
public record UsernameScope(String districtId, boolean localPartOnly) {}
