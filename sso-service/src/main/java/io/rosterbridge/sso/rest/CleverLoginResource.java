package io.rosterbridge.sso.rest;

import io.rosterbridge.sso.config.SsoConfig;
import io.rosterbridge.sso.service.CleverLogin;
import io.rosterbridge.sso.service.LoginRefusal;
import io.rosterbridge.sso.service.LoginRefusedException;
import io.rosterbridge.sso.service.SignInStart;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** "Log in with Clever": the start ({@code /login/clever}) and Clever's callback. */
@Path("/login/clever")
@Blocking
public class CleverLoginResource {

  private static final Logger LOG = Logger.getLogger(CleverLoginResource.class);
  private final CleverLogin login;
  private final SessionCookies cookies;
  private final SignInCookies signInCookies;
  private final LoginPages pages;
  private final SsoConfig config;

  public CleverLoginResource(
      CleverLogin login,
      SessionCookies cookies,
      SignInCookies signInCookies,
      LoginPages pages,
      SsoConfig config) {
    this.login = login;
    this.cookies = cookies;
    this.signInCookies = signInCookies;
    this.pages = pages;
    this.config = config;
  }

  /** Sends the browser to Clever, optionally straight to the district's log-in page. */
  @GET
  public Response start(@QueryParam("district") String district) {
    return guarded(() -> toClever(login.start(blankToNull(district))));
  }

  /** Clever's answer: a code with our state, a code alone (Portal), or an error. */
  @GET
  @Path("/callback")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error,
      @CookieParam(SignInCookies.NAME) String binding) {
    if (error != null || code == null || code.isBlank()) {
      return pages.refusal(
          error != null ? LoginRefusal.SIGN_IN_FAILED : LoginRefusal.INVALID_STATE);
    }
    if (state == null || state.isEmpty()) {
      // Started at Clever (Portal, Instant Login): go round once more with a state of ours.
      return guarded(() -> toClever(login.bounce()));
    }
    return guarded(
        () ->
            redirect(URI.create(config.applicationUrl()))
                .cookie(
                    cookies.session(login.finish(code, state, binding)), signInCookies.cleared())
                .build());
  }

  /** To Clever's authorize page, keeping the sign-in's binding in this browser. */
  private Response toClever(SignInStart start) {
    return redirect(start.authorizeUri()).cookie(signInCookies.binding(start.binding())).build();
  }

  private static Response.ResponseBuilder redirect(URI location) {
    return Response.status(Response.Status.FOUND)
        .location(location)
        .header("Cache-Control", "no-store");
  }

  private Response guarded(Supplier<Response> flow) {
    try {
      return flow.get();
    } catch (LoginRefusedException e) {
      return pages.refusal(e.refusal());
    } catch (RuntimeException e) {
      // A sign-in never ends on a bare 500.
      LOG.error("sign-in failed unexpectedly", e);
      return pages.refusal(LoginRefusal.PROVIDER_UNAVAILABLE);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
