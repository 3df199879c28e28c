package io.rosterbridge.sso.service;

import io.rosterbridge.sso.config.SsoConfig;
import io.rosterbridge.sso.entity.LoginAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/** Issues and verifies session tokens: RS256 JWTs with a {@code kid}, short-lived. */
@ApplicationScoped
public class SessionTokens {

  /** {@code aud} of every session token. */
  public static final String AUDIENCE = "rosterbridge";

  /** The group of operators in a session token's {@code groups} claim. */
  public static final String OPERATOR_GROUP = "operator";

  private final SigningKey key;
  private final SsoConfig config;
  private final Clock clock;
  private final JwtConsumer consumer;

  public SessionTokens(SigningKey key, SsoConfig config, Clock clock) {
    this.key = key;
    this.config = config;
    this.clock = clock;
    this.consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireSubject()
            .setExpectedIssuer(config.session().issuer())
            .setExpectedAudience(AUDIENCE)
            .setVerificationKey(key.jwk().getPublicKey())
            .setJwsAlgorithmConstraints(
                org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256)
            .build();
  }

  /** A session token for the account, marked as an operator's if it is configured as one. */
  public String issue(LoginAccount account) {
    return issue(account, config.operators().orElse(List.of()).contains(account.accountId));
  }

  /** A session token for the account. */
  public String issue(LoginAccount account, boolean operator) {
    List<String> roles = account.roles.stream().map(r -> r.role.name()).distinct().toList();
    List<String> schools =
        account.roles.stream().map(r -> r.schoolId).filter(Objects::nonNull).distinct().toList();
    Instant expires = clock.instant().plus(config.session().ttl());
    return sign(
        new Session(account.accountId, account.districtId, roles, schools, operator, expires));
  }

  /** Signs the claims of a session. */
  public String sign(Session session) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(config.session().issuer());
    claims.setAudience(AUDIENCE);
    claims.setSubject(session.accountId());
    claims.setIssuedAt(NumericDate.fromMilliseconds(clock.millis()));
    claims.setExpirationTime(NumericDate.fromMilliseconds(session.expiresAt().toEpochMilli()));
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setClaim("district", session.districtId());
    claims.setStringListClaim("roles", session.roles());
    claims.setStringListClaim("schools", session.schools());
    if (session.operator()) {
      claims.setClaim("operator", true);
    }
    // MicroProfile JWT's groups, so that the other services' read APIs see the roles too.
    claims.setStringListClaim("groups", groups(session));
    return compact(claims);
  }

  private static List<String> groups(Session session) {
    List<String> groups =
        new java.util.ArrayList<>(session.roles() == null ? List.of() : session.roles());
    if (session.operator()) {
      groups.add(OPERATOR_GROUP);
    }
    return groups;
  }

  /** The session of a valid token, or empty for a missing, forged or expired one. */
  public Optional<Session> verify(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      JwtClaims claims = consumer.processToClaims(token);
      return Optional.of(session(claims));
    } catch (InvalidJwtException | MalformedClaimException e) {
      return Optional.empty();
    }
  }

  private static Session session(JwtClaims claims) throws MalformedClaimException {
    return new Session(
        claims.getSubject(),
        claims.getStringClaimValue("district"),
        claims.getStringListClaimValue("roles"),
        claims.getStringListClaimValue("schools"),
        Boolean.TRUE.equals(claims.getClaimValue("operator")),
        Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
  }

  private String compact(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.jwk().getPrivateKey());
    jws.setKeyIdHeaderValue(key.jwk().getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("cannot sign a session token", e);
    }
  }
}
