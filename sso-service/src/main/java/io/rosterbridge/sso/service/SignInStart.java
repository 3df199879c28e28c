package io.rosterbridge.sso.service;

import java.net.URI;

/**
 * A Clever sign-in this service opened.
 *
 * @param authorizeUri where to send the browser (Clever's authorize page)
 * @param binding what that browser must keep and bring back with Clever's answer
 */
public record SignInStart(URI authorizeUri, String binding) {}
