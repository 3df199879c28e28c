package io.rosterbridge.sso.service;

import io.rosterbridge.sso.config.SsoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/** The RSA key that signs session tokens: read from a PEM file, or generated at start. */
@ApplicationScoped
public class SigningKey {

  private static final Logger LOG = Logger.getLogger(SigningKey.class);
  private final RsaJsonWebKey key;

  public SigningKey(SsoConfig config) {
    this.key = config.session().signingKeyFile().map(SigningKey::read).orElseGet(SigningKey::fresh);
    key.setKeyId(key.calculateBase64urlEncodedThumbprint("SHA-256"));
    key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    key.setUse("sig");
  }

  /** The key pair with its {@code kid}. */
  public RsaJsonWebKey jwk() {
    return key;
  }

  /** The public half as a JWKS document. */
  public String jwksJson() {
    return "{\"keys\":[" + key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}";
  }

  private static RsaJsonWebKey fresh() {
    LOG.warn("sso.session.signing-key-file is not set: sessions are signed with a key made now");
    try {
      return RsaJwkGenerator.generateJwk(2048);
    } catch (JoseException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
  }

  private static RsaJsonWebKey read(String file) {
    try {
      String pem = Files.readString(Path.of(file));
      String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      PrivateKey privateKey =
          rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
      RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
      var publicKey =
          rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
      RsaJsonWebKey jwk = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) publicKey);
      jwk.setPrivateKey(privateKey);
      return jwk;
    } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException("cannot read the signing key file " + file, e);
    }
  }
}
