package io.rosterbridge.cleversim.rest;

import io.rosterbridge.cleversim.oauth.UserSession;
import io.rosterbridge.cleversim.service.District;

/**
 * Who a bearer token belongs to: a district connection or one signed-in user (one is null).
 *
 * @param district the district of a district-app token
 * @param session the session of a user (SSO) token
 */
public record Caller(District district, UserSession session) {}
