package io.rosterbridge.sso.client;

import io.rosterbridge.sso.client.CleverException.Kind;
import io.rosterbridge.sso.config.CleverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/** Verifies Clever id_tokens: RS256 signature by a key of the discovered JWKS, iss, aud, nonce. */
@ApplicationScoped
public class IdTokenVerifier {

  private final CleverConfig config;
  private final CleverOAuthClient oauth;
  private volatile JwtConsumer consumer;

  public IdTokenVerifier(CleverConfig config, CleverOAuthClient oauth) {
    this.config = config;
    this.oauth = oauth;
  }

  /** The identity in a valid id_token whose nonce is {@code nonce}. */
  public CleverIdentity verify(String idToken, String nonce) {
    JwtClaims claims;
    try {
      claims = consumer().processToClaims(idToken);
    } catch (InvalidJwtException e) {
      // The exception text can quote the token's claims, so only its kind is kept.
      throw new CleverException(Kind.INVALID, "id_token rejected (" + codes(e) + ")");
    }
    try {
      if (!nonce.equals(claims.getStringClaimValue("nonce"))) {
        throw new CleverException(Kind.INVALID, "id_token nonce does not match");
      }
      String district = claims.getStringClaimValue("district");
      if (district == null) {
        throw new CleverException(Kind.INVALID, "id_token has no district");
      }
      return new CleverIdentity(
          claims.getSubject(), district, claims.getStringClaimValue("user_type"));
    } catch (MalformedClaimException e) {
      throw new CleverException(Kind.INVALID, "id_token has malformed claims");
    }
  }

  private JwtConsumer consumer() {
    JwtConsumer known = consumer;
    if (known == null) {
      HttpsJwks jwks = new HttpsJwks(oauth.jwksUri());
      known =
          new JwtConsumerBuilder()
              .setRequireExpirationTime()
              .setRequireSubject()
              .setAllowedClockSkewInSeconds(60)
              .setExpectedIssuer(config.issuer())
              .setExpectedAudience(config.clientId())
              .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
              .setJwsAlgorithmConstraints(
                  AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
              .build();
      consumer = known;
    }
    return known;
  }

  private static String codes(InvalidJwtException e) {
    return e.getErrorDetails().stream()
        .map(d -> Integer.toString(d.getErrorCode()))
        .reduce((a, b) -> a + "," + b)
        .orElse("?");
  }
}
