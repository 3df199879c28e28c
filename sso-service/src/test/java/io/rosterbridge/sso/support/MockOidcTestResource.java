package io.rosterbridge.sso.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * Runs mock-oauth2-server, a standard OpenID provider, in the test JVM as both Google (issuer
 * {@code /google}) and Microsoft ({@code /microsoft}), and switches the service's tenants on
 * against it. Its authorize endpoint takes the signed-in user as a form: {@code username} becomes
 * {@code sub}, and {@code claims} (JSON) is added to the id_token.
 */
public class MockOidcTestResource implements QuarkusTestResourceLifecycleManager {

  /** The service's client id at the Google issuer. */
  public static final String GOOGLE_CLIENT = "google-test-client";

  /** The service's client id at the Microsoft issuer. */
  public static final String MICROSOFT_CLIENT = "microsoft-test-client";

  private MockOAuth2Server server;

  @Override
  public Map<String, String> start() {
    OAuth2Config config =
        new OAuth2Config(
            true,
            null,
            null,
            false,
            new OAuth2TokenProvider(),
            Set.of(audience("google", GOOGLE_CLIENT), audience("microsoft", MICROSOFT_CLIENT)));
    server = new MockOAuth2Server(config);
    server.start();
    Map<String, String> properties = new HashMap<>();
    tenant(properties, "google", GOOGLE_CLIENT);
    tenant(properties, "microsoft", MICROSOFT_CLIENT);
    properties.put("sso.microsoft.issuer-pattern", server.issuerUrl("microsoft").toString());
    return properties;
  }

  @Override
  public void stop() {
    if (server != null) {
      server.shutdown();
    }
  }

  private void tenant(Map<String, String> properties, String tenant, String clientId) {
    String prefix = "quarkus.oidc." + tenant + ".";
    properties.put(prefix + "tenant-enabled", "true");
    properties.put(prefix + "auth-server-url", server.issuerUrl(tenant).toString());
    properties.put(prefix + "client-id", clientId);
    properties.put(prefix + "credentials.secret", clientId + "-secret");
  }

  private static DefaultOAuth2TokenCallback audience(String issuerId, String clientId) {
    return new DefaultOAuth2TokenCallback(issuerId, "unused", "JWT", List.of(clientId));
  }
}
