package io.rosterbridge.rosterctl.client;

import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.config.CtlConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtSignatureBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer token rosterctl sends: {@code ROSTERCTL_TOKEN} as given, else a short-lived RS256
 * operator token minted with {@code ROSTERCTL_SIGNING_KEY} (sub = the requester, groups =
 * operator).
 */
@ApplicationScoped
public class Credentials {

  /** The role the writer grants operators. */
  public static final String OPERATOR_GROUP = "operator";

  /** The claim sso-service reads to know an operator. */
  public static final String OPERATOR_CLAIM = "operator";

  /** The audience sso-service requires of the tokens it accepts. */
  public static final String AUDIENCE = "rosterbridge";

  private final CtlConfig config;
  private final Map<String, String> minted = new ConcurrentHashMap<>();

  public Credentials(CtlConfig config) {
    this.config = config;
  }

  /**
   * The token to send to {@code service} (its name, for the message); fails with what to set when
   * neither setting is there.
   */
  public String bearer(String service, String requester) {
    Optional<String> token = config.token().filter(t -> !t.isBlank());
    if (token.isPresent()) {
      return token.get().trim();
    }
    Path key =
        config
            .signingKey()
            .orElseThrow(
                () ->
                    new CtlException(
                        "no credentials for the "
                            + service
                            + ": set ROSTERCTL_TOKEN to an"
                            + " operator's bearer JWT, or ROSTERCTL_SIGNING_KEY to a PEM PKCS#8"
                            + " RSA private key rosterctl signs a token with"));
    // One process runs one command: a token minted once lasts for all of its requests.
    return minted.computeIfAbsent(requester, r -> mint(r, key));
  }

  /** The bearer token when one is configured, else empty (for services that need none). */
  public Optional<String> optionalBearer(String service, String requester) {
    return config.token().isPresent() || config.signingKey().isPresent()
        ? Optional.of(bearer(service, requester))
        : Optional.empty();
  }

  /** One line saying why a service refused the token and which setting to change. */
  public String refused(String service, int status) {
    boolean given = config.token().filter(t -> !t.isBlank()).isPresent();
    if (status == 403) {
      return given
          ? "the "
              + service
              + " refused ROSTERCTL_TOKEN (403): it is not an operator's token (groups must"
              + " contain \"operator\"); use an operator token or ROSTERCTL_SIGNING_KEY"
          : "the "
              + service
              + " refused the operator token minted with ROSTERCTL_SIGNING_KEY (403): check the "
              + service
              + "'s operator role";
    }
    return given
        ? "the "
            + service
            + " refused ROSTERCTL_TOKEN (401): it is expired, malformed or not signed by a key the "
            + service
            + " trusts; get a fresh token or set ROSTERCTL_SIGNING_KEY instead"
        : "the "
            + service
            + " refused the token minted with ROSTERCTL_SIGNING_KEY (401): "
            + verifyHint(service);
  }

  /** What the service must verify a minted token with, in its own settings. */
  private String verifyHint(String service) {
    String issuer = config.tokenIssuer();
    if (service.equals("sso-service")) {
      return "sso-service must sign its sessions with that key (SSO_SESSION_SIGNING_KEY_FILE) and"
          + " issuer "
          + issuer
          + " (SSO_SESSION_ISSUER; rosterctl's is ROSTERCTL_TOKEN_ISSUER)";
    }
    return "the "
        + service
        + " must verify with its public key (MP_JWT_VERIFY_PUBLICKEY_LOCATION) and issuer "
        + issuer
        + " (MP_JWT_VERIFY_ISSUER; rosterctl's is ROSTERCTL_TOKEN_ISSUER)";
  }

  private String mint(String requester, Path keyFile) {
    Instant now = Instant.now();
    JwtSignatureBuilder jws =
        Jwt.issuer(config.tokenIssuer())
            .subject(requester)
            .audience(AUDIENCE)
            .groups(Set.of(OPERATOR_GROUP))
            .claim(OPERATOR_CLAIM, true)
            .issuedAt(now)
            .expiresAt(now.plus(config.tokenLifetime()))
            .jws()
            .algorithm(SignatureAlgorithm.RS256);
    config.tokenKid().filter(k -> !k.isBlank()).ifPresent(jws::keyId);
    return jws.sign(SigningKeys.read(keyFile));
  }
}
