package io.rosterbridge.sso.client;

import io.rosterbridge.sso.client.CleverException.Kind;
import io.rosterbridge.sso.config.CleverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Verifies Clever id_tokens: RS256 signature by a key of the discovered JWKS, iss, aud, nonce. The
 * keys are read through {@link CleverOAuthClient}, so a Clever that cannot be reached is told apart
 * from a token that is not valid.
 */
@ApplicationScoped
public class IdTokenVerifier {

  private final CleverConfig config;
  private final CleverOAuthClient oauth;
  private volatile List<JsonWebKey> keys = List.of();

  public IdTokenVerifier(CleverConfig config, CleverOAuthClient oauth) {
    this.config = config;
    this.oauth = oauth;
  }

  /** The identity in a valid id_token whose nonce is {@code nonce}. */
  public CleverIdentity verify(String idToken, String nonce) {
    JwtClaims claims = claims(idToken);
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

  private JwtClaims claims(String idToken) {
    List<JsonWebKey> known = keysFor(keyId(idToken));
    try {
      return consumer(known).processToClaims(idToken);
    } catch (InvalidJwtException e) {
      // The exception text can quote the token's claims, so only its kind is kept.
      throw new CleverException(Kind.INVALID, "id_token rejected (" + codes(e) + ")");
    }
  }

  /** The keys read so far, read again from Clever when the token names a key not among them. */
  private List<JsonWebKey> keysFor(String keyId) {
    List<JsonWebKey> known = keys;
    boolean unknownKey = keyId != null && known.stream().noneMatch(k -> keyId.equals(k.getKeyId()));
    if (known.isEmpty() || unknownKey) {
      known = oauth.jwks();
      keys = known;
    }
    return known;
  }

  private static String keyId(String idToken) {
    try {
      return JsonWebStructure.fromCompactSerialization(idToken).getKeyIdHeaderValue();
    } catch (JoseException e) {
      throw new CleverException(Kind.INVALID, "id_token is not a JWS");
    }
  }

  private JwtConsumer consumer(List<JsonWebKey> known) {
    return new JwtConsumerBuilder()
        .setRequireExpirationTime()
        .setRequireSubject()
        .setAllowedClockSkewInSeconds(60)
        .setExpectedIssuer(config.issuer())
        .setExpectedAudience(config.clientId())
        .setVerificationKeyResolver(new JwksVerificationKeyResolver(known))
        .setJwsAlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
        .build();
  }

  private static String codes(InvalidJwtException e) {
    return e.getErrorDetails().stream()
        .map(d -> Integer.toString(d.getErrorCode()))
        .reduce((a, b) -> a + "," + b)
        .orElse("?");
  }
}
