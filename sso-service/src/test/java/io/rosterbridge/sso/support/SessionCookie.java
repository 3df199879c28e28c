package io.rosterbridge.sso.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

/** Reads the session cookie of a response and verifies it with the service's published JWKS. */
public final class SessionCookie {

  /** The cookie name the service uses by default. */
  public static final String NAME = "rb_session";

  private SessionCookie() {}

  /** The raw {@code Set-Cookie} header of the session cookie. */
  public static String header(Response response) {
    return response.headers().getValues("Set-Cookie").stream()
        .filter(h -> h.startsWith(NAME + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
  }

  /** Asserts that the response removes the session cookie from the browser. */
  public static void assertCleared(Response response) {
    assertThat(header(response))
        .startsWith(NAME + "=;")
        .contains("Path=/", "Max-Age=0", "HttpOnly", "Secure", "SameSite=Lax");
  }

  /** The session token the cookie carries. */
  public static String token(Response response) {
    return response.cookie(NAME);
  }

  /** The verified claims of the session token, checked against {@code /.well-known/jwks.json}. */
  public static JwtClaims claims(String token) throws Exception {
    String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
    JsonWebKeySet keys = new JsonWebKeySet(jwks);
    return new JwtConsumerBuilder()
        .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
        .setExpectedAudience("rosterbridge")
        .setExpectedIssuer("rosterbridge-sso")
        .setRequireExpirationTime()
        .build()
        .processToClaims(token);
  }
}
