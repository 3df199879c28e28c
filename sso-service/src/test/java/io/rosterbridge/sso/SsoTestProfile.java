package io.rosterbridge.sso;

import io.rosterbridge.cleversim.testing.CleverSimTestResource;
import io.rosterbridge.sso.support.MockOidcTestResource;
import io.rosterbridge.testsupport.InfrastructureProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real Kafka, the sso-service's own test database, an in-JVM clever-sim and an in-JVM OpenID
 * provider standing in for Google and Microsoft, for every test of this module (one application
 * start).
 */
public class SsoTestProfile extends InfrastructureProfile {

  /** The callback registered with the simulator and configured in the service. */
  public static final String REDIRECT_URI = "https://sso.example.test/login/clever/callback";

  /** Where a signed-in browser is sent. */
  public static final String APPLICATION_URL = "https://app.example.test/home";

  /** The account id configured as an operator. */
  public static final String OPERATOR = "operator-account";

  @Override
  protected String database() {
    return "rosterbridge_sso_test";
  }

  @Override
  public List<TestResourceEntry> testResources() {
    List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
    resources.add(
        new TestResourceEntry(
            CleverSimTestResource.class,
            Map.of(
                "base-url-property", "clever.api-url",
                "users", "20",
                "seed", "7",
                "client-id", "sso-test-client",
                "client-secret", "sso-test-secret",
                "redirect-uris", redirectUri())));
    if (withOpenIdProvider()) {
      resources.add(new TestResourceEntry(MockOidcTestResource.class));
    }
    return resources;
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = new HashMap<>();
    overrides.put("clever.oauth-url", "${clever.api-url}");
    overrides.put("clever.login-url", "${clever.api-url}");
    overrides.put("clever.client-id", "sso-test-client");
    overrides.put("clever.client-secret", "sso-test-secret");
    overrides.put("clever.redirect-uri", redirectUri());
    // Generous: on a loaded CI machine a slow answer must not turn a sign-in into the 503 page.
    overrides.put("clever.request-timeout", "15s");
    overrides.put("sso.application-url", applicationUrl());
    overrides.put("sso.public-url", publicUrl());
    overrides.put("sso.operators", OPERATOR);
    return overrides;
  }

  /** The Clever redirect URI, registered with the simulator and configured in the service. */
  protected String redirectUri() {
    return REDIRECT_URI;
  }

  /** Where a signed-in browser is sent. */
  protected String applicationUrl() {
    return APPLICATION_URL;
  }

  /** The service's browser-facing URL. */
  protected String publicUrl() {
    return "https://sso.example.test";
  }

  /** Whether Google and Microsoft are configured (against the in-JVM OpenID provider). */
  protected boolean withOpenIdProvider() {
    return true;
  }
}
