package io.rosterbridge.rosterctl.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;

/** An RSA key pair made for this test JVM; the private half written as PEM PKCS#8. */
public final class TestSigningKey {

  private static final KeyPair PAIR = generate();
  private static final Path PEM = write(PAIR);

  private TestSigningKey() {}

  /** The PEM file ROSTERCTL_SIGNING_KEY points at. */
  public static Path pem() {
    return PEM;
  }

  /** The public half, to verify minted tokens with. */
  public static PublicKey publicKey() {
    return PAIR.getPublic();
  }

  /** The PEM text of a DER encoding: {@code -----BEGIN <label>-----} ... */
  public static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path write(KeyPair pair) {
    try {
      Path file = Files.createTempFile("rosterctl-test-key", ".pem");
      file.toFile().deleteOnExit();
      return Files.writeString(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
