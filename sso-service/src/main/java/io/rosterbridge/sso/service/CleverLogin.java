package io.rosterbridge.sso.service;

import io.rosterbridge.sso.client.CleverException;
import io.rosterbridge.sso.client.CleverIdentity;
import io.rosterbridge.sso.client.CleverOAuthClient;
import io.rosterbridge.sso.client.CleverTokens;
import io.rosterbridge.sso.client.IdTokenVerifier;
import io.rosterbridge.sso.config.CleverConfig;
import io.rosterbridge.sso.entity.LoginAccount;
import io.rosterbridge.sso.entity.LoginState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.jboss.logging.Logger;

/** "Log in with Clever": sends the browser to Clever and turns its answer into a session. */
@ApplicationScoped
public class CleverLogin {

  private static final Logger LOG = Logger.getLogger(CleverLogin.class);
  private final CleverConfig clever;
  private final LoginStates states;
  private final LoginSettingsService settings;
  private final CleverOAuthClient oauth;
  private final IdTokenVerifier idTokens;
  private final AccountResolver resolver;
  private final SessionTokens sessions;

  public CleverLogin(
      CleverConfig clever,
      LoginStates states,
      LoginSettingsService settings,
      CleverOAuthClient oauth,
      IdTokenVerifier idTokens,
      AccountResolver resolver,
      SessionTokens sessions) {
    this.clever = clever;
    this.states = states;
    this.settings = settings;
    this.oauth = oauth;
    this.idTokens = idTokens;
    this.resolver = resolver;
    this.sessions = sessions;
  }

  /** Opens a sign-in (district optional, checked first). */
  public SignInStart start(String districtId) {
    if (districtId != null && !settings.cleverEnabled(districtId)) {
      throw new LoginRefusedException(LoginRefusal.CLEVER_OFF);
    }
    return opened(states.open(districtId));
  }

  /** Opens a fresh sign-in for a browser that arrived with a code but no state (Portal). */
  public SignInStart bounce() {
    return opened(states.open(null));
  }

  /**
   * The session token for Clever's answer to an attempt this service opened in the same browser
   * ({@code binding} is what that browser kept from {@link #start}).
   */
  public String finish(String code, String state, String binding) {
    // An answer carried to another browser must not sign that browser in (login CSRF).
    if (!LoginStates.boundTo(state, binding)) {
      throw new LoginRefusedException(LoginRefusal.INVALID_STATE);
    }
    LoginState attempt =
        states.take(state).orElseThrow(() -> new LoginRefusedException(LoginRefusal.INVALID_STATE));
    CleverIdentity identity = identify(code, attempt.nonce);
    if (!settings.cleverEnabled(identity.districtId())) {
      throw new LoginRefusedException(LoginRefusal.CLEVER_OFF);
    }
    LoginAccount account = resolver.resolve(identity);
    LOG.infof("account %s signed in with Clever", account.accountId);
    return sessions.issue(account);
  }

  private CleverIdentity identify(String code, String nonce) {
    try {
      CleverTokens tokens = oauth.exchange(code);
      return tokens.idToken() != null
          ? idTokens.verify(tokens.idToken(), nonce)
          : oauth.me(tokens.accessToken());
    } catch (CleverException e) {
      LOG.warnf("Clever sign-in failed: %s", e.getMessage());
      throw new LoginRefusedException(refusal(e.kind()));
    }
  }

  private static LoginRefusal refusal(CleverException.Kind kind) {
    return switch (kind) {
      case UNAVAILABLE -> LoginRefusal.PROVIDER_UNAVAILABLE;
      case CODE_REJECTED -> LoginRefusal.CODE_REJECTED;
      case INVALID -> LoginRefusal.SIGN_IN_FAILED;
    };
  }

  private SignInStart opened(LoginState attempt) {
    return new SignInStart(authorizeUri(attempt), LoginStates.binding(attempt));
  }

  private URI authorizeUri(LoginState attempt) {
    UriBuilder uri =
        UriBuilder.fromUri(clever.loginUrl())
            .path("/oauth/authorize")
            .queryParam("response_type", "code")
            .queryParam("client_id", clever.clientId())
            .queryParam("redirect_uri", clever.redirectUri())
            .queryParam("state", attempt.state)
            .queryParam("nonce", attempt.nonce);
    if (attempt.districtId != null) {
      uri.queryParam("district_id", attempt.districtId);
    }
    return uri.build();
  }
}
