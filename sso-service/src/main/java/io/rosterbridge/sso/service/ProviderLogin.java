package io.rosterbridge.sso.service;

import io.rosterbridge.sso.config.SsoConfig;
import io.rosterbridge.sso.entity.LoginAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Google and Microsoft sign-in: the login name of an id_token quarkus-oidc verified, as a username
 * key, to the account of a district that switched the provider on for that domain or tenant.
 */
@ApplicationScoped
public class ProviderLogin {

  private static final Logger LOG = Logger.getLogger(ProviderLogin.class);
  private final LoginSettingsService settings;
  private final AccountResolver resolver;
  private final SessionTokens sessions;
  private final SsoConfig config;

  public ProviderLogin(
      LoginSettingsService settings,
      AccountResolver resolver,
      SessionTokens sessions,
      SsoConfig config) {
    this.settings = settings;
    this.resolver = resolver;
    this.sessions = sessions;
    this.config = config;
  }

  /** The session token for the person behind the id_token, or the refusal that explains why. */
  public String finish(SignInProvider provider, JsonWebToken idToken) {
    String key = UsernameKeys.of(loginName(provider, idToken));
    if (key == null) {
      LOG.warnf("%s sign-in without a usable login name", provider.displayName());
      throw new LoginRefusedException(LoginRefusal.SIGN_IN_FAILED);
    }
    List<UsernameScope> scopes =
        switch (provider) {
          case GOOGLE -> googleScopes(key, idToken);
          case MICROSOFT -> microsoftScopes(idToken);
          case CLEVER -> throw new IllegalArgumentException("Clever signs in through CleverLogin");
        };
    LoginAccount account = resolver.resolveUsername(scopes, key);
    LOG.infof("account %s signed in with %s", account.accountId, provider.displayName());
    return sessions.issue(account);
  }

  private static String loginName(SignInProvider provider, JsonWebToken token) {
    if (provider == SignInProvider.GOOGLE) {
      // The Google account's address, and only once Google has verified it.
      return isTrue(token.getClaim("email_verified")) ? text(token, "email") : null;
    }
    // The sign-in name: upn (a guest's reads "...#EXT#@..." and matches no username), else
    // preferred_username. Microsoft's email claim is an unverified mailbox attribute.
    String upn = text(token, "upn");
    return upn != null ? upn : text(token, "preferred_username");
  }

  private List<UsernameScope> googleScopes(String key, JsonWebToken token) {
    String domain = UsernameKeys.domain(key);
    String hostedDomain = UsernameKeys.of(text(token, "hd"));
    Map<String, LoginSettings> named =
        domain == null ? Map.of() : settings.withGoogleDomain(domain);
    // hd names the Google Workspace domain; consumer accounts have none, even with an address at
    // the district's domain, so they never pass.
    return scopes(
        named,
        s -> hostedDomain != null && s.googleDomains().contains(hostedDomain),
        s -> s.googleEnabled());
  }

  private List<UsernameScope> microsoftScopes(JsonWebToken token) {
    String tenant = text(token, "tid");
    String issuer =
        tenant == null ? null : config.microsoft().issuerPattern().replace("{tid}", tenant);
    if (issuer == null || !issuer.equals(token.getIssuer())) {
      LOG.warn("Microsoft id_token without a tenant, or not issued by that tenant");
      throw new LoginRefusedException(LoginRefusal.SIGN_IN_FAILED);
    }
    return scopes(settings.withMicrosoftTenant(tenant), s -> true, s -> s.microsoftEnabled());
  }

  private static List<UsernameScope> scopes(
      Map<String, LoginSettings> districts,
      Predicate<LoginSettings> allowed,
      Predicate<LoginSettings> enabled) {
    List<Map.Entry<String, LoginSettings>> allowing =
        districts.entrySet().stream().filter(e -> allowed.test(e.getValue())).toList();
    if (allowing.isEmpty()) {
      throw new LoginRefusedException(LoginRefusal.ACCOUNT_NOT_ALLOWED);
    }
    List<UsernameScope> scopes =
        allowing.stream()
            .filter(e -> enabled.test(e.getValue()))
            .map(e -> new UsernameScope(e.getKey(), e.getValue().compareLocalPart()))
            .toList();
    if (scopes.isEmpty()) {
      throw new LoginRefusedException(LoginRefusal.PROVIDER_OFF);
    }
    return scopes;
  }

  private static String text(JsonWebToken token, String claim) {
    Object value = token.getClaim(claim);
    if (value instanceof JsonString json) {
      return json.getString();
    }
    return value instanceof String string ? string : null;
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value) || JsonValue.TRUE.equals(value);
  }
}
