package io.rosterbridge.sso.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterbridge.sso.client.CleverHttp;
import io.rosterbridge.sso.client.CleverOAuthClient;
import io.rosterbridge.sso.client.CleverTokens;
import io.rosterbridge.sso.config.CleverConfig;
import java.time.Duration;

/**
 * The service's own Clever client, set up differently for one test (install it with {@code
 * QuarkusMock}): at another address, or seeing Clever's answers as an application without OIDC.
 */
public final class CleverClients {

  private CleverClients() {}

  /** The client, talking to {@code url} for every call to Clever. */
  public static CleverOAuthClient at(String url, CleverConfig config, ObjectMapper json) {
    CleverConfig moved = new MovedConfig(config, url);
    return new CleverOAuthClient(moved, new CleverHttp(moved, json));
  }

  /** The client, receiving Clever's token answers without an id_token (OIDC not enabled). */
  public static CleverOAuthClient withoutIdToken(CleverConfig config, ObjectMapper json) {
    return new CleverOAuthClient(config, new CleverHttp(config, json)) {
      @Override
      public CleverTokens exchange(String code) {
        return new CleverTokens(super.exchange(code).accessToken(), null);
      }
    };
  }

  /** The configuration with every server-to-server address replaced. */
  private record MovedConfig(CleverConfig base, String url) implements CleverConfig {

    @Override
    public String apiUrl() {
      return url;
    }

    @Override
    public String loginUrl() {
      return base.loginUrl();
    }

    @Override
    public String oauthUrl() {
      return url;
    }

    @Override
    public String clientId() {
      return base.clientId();
    }

    @Override
    public String clientSecret() {
      return base.clientSecret();
    }

    @Override
    public String redirectUri() {
      return base.redirectUri();
    }

    @Override
    public String issuer() {
      return base.issuer();
    }

    @Override
    public Duration requestTimeout() {
      return base.requestTimeout();
    }
  }
}
