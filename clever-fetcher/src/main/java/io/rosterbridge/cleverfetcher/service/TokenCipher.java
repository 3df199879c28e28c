package io.rosterbridge.cleverfetcher.service;

import io.quarkus.runtime.Startup;
import io.rosterbridge.cleverfetcher.config.CleverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts district tokens at rest with AES-GCM under the key from {@code clever.token-key}; the
 * district id is bound in as associated data, so a token cannot be moved to another row.
 */
// Created at start so that a missing or bad key stops the service at once.
@Startup
@ApplicationScoped
public class TokenCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public TokenCipher(CleverConfig config) {
    this.key = key(config.tokenKey());
  }

  /** Nonce followed by ciphertext and tag. */
  public byte[] encrypt(String districtId, String token) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed =
        run(Cipher.ENCRYPT_MODE, nonce, districtId, token.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
  }

  /** The token; fails when the data was changed or encrypted under another key or district. */
  public String decrypt(String districtId, byte[] stored) {
    byte[] nonce = Arrays.copyOfRange(stored, 0, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
    return new String(run(Cipher.DECRYPT_MODE, nonce, districtId, sealed), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] nonce, String districtId, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(districtId.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot "
              + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
              + " the token of district "
              + districtId,
          e);
    }
  }

  private static SecretKey key(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("clever.token-key is not base64", e);
    }
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new IllegalArgumentException(
          "clever.token-key must decode to 16, 24 or 32 bytes, not " + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
