package io.rosterbridge.sso.rest;

import io.rosterbridge.sso.config.SsoConfig;
import io.rosterbridge.sso.service.SessionTokens;
import io.rosterbridge.sso.service.SigningKey;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The session: who is signed in ({@code /me}), signing out, and the keys that verify tokens. */
@Path("/")
public class SessionResource {

  private final SessionTokens tokens;
  private final SessionCookies cookies;
  private final SigningKey key;
  private final SsoConfig config;

  public SessionResource(
      SessionTokens tokens, SessionCookies cookies, SigningKey key, SsoConfig config) {
    this.tokens = tokens;
    this.cookies = cookies;
    this.key = key;
    this.config = config;
  }

  /** The public keys of session tokens. */
  @GET
  @Path(".well-known/jwks.json")
  @Produces(MediaType.APPLICATION_JSON)
  public String jwks() {
    return key.jwksJson();
  }

  /** The signed-in session (from the cookie or a bearer token), or 401. */
  @GET
  @Path("me")
  @Produces(MediaType.APPLICATION_JSON)
  public Response me(HttpHeaders headers) {
    return BearerAuth.session(headers, tokens, cookies.name())
        .map(s -> Response.ok(s).header("Cache-Control", "no-store").build())
        .orElseGet(() -> Response.status(Response.Status.UNAUTHORIZED).build());
  }

  /** Signs out: POST only, refused from foreign origins, clears the cookie. */
  @POST
  @Path("logout")
  public Response logout(HttpHeaders headers) {
    String origin = headers.getHeaderString("Origin");
    boolean crossSite = "cross-site".equals(headers.getHeaderString("Sec-Fetch-Site"));
    if (crossSite || (origin != null && !allowedOrigins().contains(origin))) {
      return Response.status(Response.Status.FORBIDDEN).build();
    }
    return Response.seeOther(URI.create(config.applicationUrl()))
        .cookie(cookies.cleared())
        .header("Cache-Control", "no-store")
        .build();
  }

  private Set<String> allowedOrigins() {
    return origins(config.applicationUrl(), config.publicUrl());
  }

  /** The origins of the URLs; the application and the service may well share one. */
  static Set<String> origins(String... urls) {
    return Stream.of(urls).map(SessionResource::origin).collect(Collectors.toSet());
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getAuthority();
  }
}
