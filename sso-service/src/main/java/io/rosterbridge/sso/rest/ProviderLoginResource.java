package io.rosterbridge.sso.rest;

import io.quarkus.oidc.OidcSession;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.rosterbridge.sso.config.ProviderTenants;
import io.rosterbridge.sso.config.SsoConfig;
import io.rosterbridge.sso.service.LoginRefusal;
import io.rosterbridge.sso.service.LoginRefusedException;
import io.rosterbridge.sso.service.ProviderLogin;
import io.rosterbridge.sso.service.SignInProvider;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Signing in with Google or Microsoft: each path is its quarkus-oidc tenant's start and redirect
 * URI; once the provider's id_token is verified, it becomes a session of this service.
 */
@Path("/login")
@Blocking
public class ProviderLoginResource {

  private static final Logger LOG = Logger.getLogger(ProviderLoginResource.class);
  private final ProviderLogin login;
  private final ProviderTenants tenants;
  private final SessionCookies cookies;
  private final LoginPages pages;
  private final SsoConfig config;
  private final SecurityIdentity identity;
  private final OidcSession oidcSession;

  public ProviderLoginResource(
      ProviderLogin login,
      ProviderTenants tenants,
      SessionCookies cookies,
      LoginPages pages,
      SsoConfig config,
      SecurityIdentity identity,
      OidcSession oidcSession) {
    this.login = login;
    this.tenants = tenants;
    this.cookies = cookies;
    this.pages = pages;
    this.config = config;
    this.identity = identity;
    this.oidcSession = oidcSession;
  }

  /** Signs in with a Google account of the district's domains. */
  @GET
  @Path("google")
  public Response google() {
    return signIn(SignInProvider.GOOGLE);
  }

  /** Signs in with a Microsoft account of the district's tenant. */
  @GET
  @Path("microsoft")
  public Response microsoft() {
    return signIn(SignInProvider.MICROSOFT);
  }

  private Response signIn(SignInProvider provider) {
    if (!tenants.enabled(provider)) {
      return pages.refusal(LoginRefusal.PROVIDER_NOT_AVAILABLE, provider);
    }
    Optional<JsonWebToken> idToken;
    try {
      idToken = verifiedIdToken();
    } catch (LoginRefusedException e) {
      return pages.refusal(e.refusal(), provider);
    }
    // No session with the provider yet: quarkus-oidc answers with its redirect there.
    JsonWebToken token = idToken.orElseThrow(UnauthorizedException::new);
    try {
      return Response.status(Response.Status.FOUND)
          .location(URI.create(config.applicationUrl()))
          .header("Cache-Control", "no-store")
          .cookie(cookies.session(login.finish(provider, token)))
          .build();
    } catch (LoginRefusedException e) {
      return pages.refusal(e.refusal(), provider);
    } catch (RuntimeException e) {
      LOG.errorf("%s sign-in failed unexpectedly: %s", provider.displayName(), e.getClass());
      return pages.refusal(LoginRefusal.PROVIDER_UNAVAILABLE, provider);
    } finally {
      endProviderSession();
    }
  }

  /** The provider's session was only the way here; a shared device must not keep it. */
  private void endProviderSession() {
    try {
      oidcSession.logout().await().indefinitely();
    } catch (RuntimeException e) {
      LOG.warnf("could not clear the provider's session cookie: %s", e.getClass().getSimpleName());
    }
  }

  /** The id_token of the provider's session, empty before signing in there. */
  private Optional<JsonWebToken> verifiedIdToken() {
    try {
      if (identity.isAnonymous()) {
        return Optional.empty();
      }
    } catch (AuthenticationRedirectException e) {
      throw e;
    } catch (AuthenticationCompletionException | AuthenticationFailedException e) {
      // Failure texts can quote the provider's answer; only the kind is logged.
      LOG.warnf("provider sign-in not completed: %s", e.getClass().getSimpleName());
      throw new LoginRefusedException(LoginRefusal.SIGN_IN_FAILED);
    } catch (RuntimeException e) {
      LOG.warnf("provider sign-in failed: %s", e.getClass().getSimpleName());
      throw new LoginRefusedException(LoginRefusal.PROVIDER_UNAVAILABLE);
    }
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      return Optional.of(token);
    }
    throw new LoginRefusedException(LoginRefusal.SIGN_IN_FAILED);
  }
}
