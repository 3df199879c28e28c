package io.rosterbridge.rosterctl.client;

import io.rosterbridge.rosterctl.CtlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads the PEM PKCS#8 RSA private key of {@code ROSTERCTL_SIGNING_KEY}. */
final class SigningKeys {

  private static final String PKCS8 = "PRIVATE KEY";

  private SigningKeys() {}

  static PrivateKey read(Path path) {
    String pem;
    try {
      pem = Files.readString(path, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new CtlException(
          "cannot read ROSTERCTL_SIGNING_KEY " + path + ": " + reason(e) + "; point it at a file");
    }
    if (pem.contains("BEGIN RSA PRIVATE KEY")) {
      throw new CtlException(
          "ROSTERCTL_SIGNING_KEY "
              + path
              + " is a PKCS#1 key; convert it: openssl pkcs8 -topk8 -nocrypt -in "
              + path
              + " -out key-pkcs8.pem");
    }
    int begin = pem.indexOf("-----BEGIN " + PKCS8 + "-----");
    int end = pem.indexOf("-----END " + PKCS8 + "-----");
    if (begin < 0 || end < begin) {
      throw new CtlException(
          "ROSTERCTL_SIGNING_KEY " + path + " is not a PEM PKCS#8 private key (BEGIN PRIVATE KEY)");
    }
    String body = pem.substring(begin + PKCS8.length() + 16, end).replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(body);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new CtlException(
          "ROSTERCTL_SIGNING_KEY " + path + " is not an RSA private key: " + e.getMessage());
    }
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString();
  }
}
