package io.rosterbridge.cleversim.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.ObjectIds;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** Signs id_tokens with an RSA key made at start-up (RS256) and publishes its public half. */
public final class IdTokens {

  private final RsaJsonWebKey key;

  /** Generates a fresh 2048-bit key. */
  public IdTokens() {
    try {
      key = RsaJwkGenerator.generateJwk(2048);
    } catch (JoseException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
    key.setKeyId("clever-sim-" + ObjectIds.randomHex(8));
    key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    key.setUse("sig");
  }

  /** A compact JWS of the claims. */
  public String sign(ObjectNode claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toString());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("cannot sign an id_token", e);
    }
  }

  /** The JWKS document with the public key only. */
  public String jwks() {
    return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }
}
