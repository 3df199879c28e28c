package io.rosterbridge.sso.rest;

import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.LoginSettingsService;
import io.rosterbridge.sso.service.Session;
import io.rosterbridge.sso.service.SessionTokens;
import io.rosterbridge.sso.service.SettingsRefusedException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A district's sign-in settings, for operators (any district) and that district's admins; bearer
 * session tokens of this service only.
 */
@Path("/admin/districts/{districtId}/login-settings")
@Produces(MediaType.APPLICATION_JSON)
public class LoginSettingsResource {

  private final LoginSettingsService settings;
  private final SessionTokens tokens;

  public LoginSettingsResource(LoginSettingsService settings, SessionTokens tokens) {
    this.settings = settings;
    this.tokens = tokens;
  }

  /** The district's settings (every provider off if never set). */
  @GET
  public LoginSettings get(@PathParam("districtId") String districtId, HttpHeaders headers) {
    authorize(districtId, headers);
    return settings.get(districtId);
  }

  /** Replaces the district's settings. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(
      @PathParam("districtId") String districtId, LoginSettings body, HttpHeaders headers) {
    Session session = authorize(districtId, headers);
    if (body == null) {
      return error(Response.Status.BAD_REQUEST, "a JSON body is required");
    }
    try {
      return Response.ok(settings.put(districtId, body, session.operator())).build();
    } catch (SettingsRefusedException e) {
      return error(status(e.reason()), e.getMessage());
    }
  }

  private Session authorize(String districtId, HttpHeaders headers) {
    Session session =
        BearerAuth.session(headers, tokens, null)
            .orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"rosterbridge\""));
    if (!session.mayManage(districtId)) {
      throw new ForbiddenException();
    }
    return session;
  }

  private static Response.Status status(SettingsRefusedException.Reason reason) {
    return switch (reason) {
      case INVALID -> Response.Status.BAD_REQUEST;
      case NOT_PERMITTED -> Response.Status.FORBIDDEN;
      case CLAIMED -> Response.Status.CONFLICT;
    };
  }

  private static Response error(Response.Status status, String message) {
    return Response.status(status).entity(Map.of("error", message)).build();
  }
}
