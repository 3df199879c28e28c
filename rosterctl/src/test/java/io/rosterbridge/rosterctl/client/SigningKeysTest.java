package io.rosterbridge.rosterctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.support.TestSigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ROSTERCTL_SIGNING_KEY, and the one line for each way it can be wrong. */
class SigningKeysTest {

  @TempDir Path dir;

  @Test
  void readsAPemPkcs8RsaKey() {
    assertThat(SigningKeys.read(TestSigningKey.pem()).getAlgorithm()).isEqualTo("RSA");
  }

  @Test
  void aMissingFile() {
    Path missing = dir.resolve("key.pem");
    assertThatThrownBy(() -> SigningKeys.read(missing))
        .isInstanceOf(CtlException.class)
        .hasMessage(
            "cannot read ROSTERCTL_SIGNING_KEY " + missing + ": no such file; point it at a file");
  }

  @Test
  void aPkcs1KeySaysHowToConvertIt() throws Exception {
    Path pkcs1 =
        Files.writeString(
            dir.resolve("rsa.pem"), TestSigningKey.pem("RSA PRIVATE KEY", new byte[] {1, 2}));
    assertThatThrownBy(() -> SigningKeys.read(pkcs1))
        .hasMessage(
            "ROSTERCTL_SIGNING_KEY "
                + pkcs1
                + " is a PKCS#1 key; convert it: openssl pkcs8 -topk8 -nocrypt -in "
                + pkcs1
                + " -out key-pkcs8.pem");
  }

  @Test
  void somethingElse() throws Exception {
    Path cert =
        Files.writeString(
            dir.resolve("cert.pem"), TestSigningKey.pem("CERTIFICATE", new byte[] {1}));
    assertThatThrownBy(() -> SigningKeys.read(cert))
        .hasMessage(
            "ROSTERCTL_SIGNING_KEY "
                + cert
                + " is not a PEM PKCS#8 private key (BEGIN PRIVATE KEY)");
  }

  @Test
  void aPrivateKeyThatIsNotRsa() throws Exception {
    Path garbage =
        Files.writeString(
            dir.resolve("k.pem"), TestSigningKey.pem("PRIVATE KEY", new byte[] {1, 2, 3}));
    assertThatThrownBy(() -> SigningKeys.read(garbage))
        .hasMessageStartingWith(
            "ROSTERCTL_SIGNING_KEY " + garbage + " is not an RSA private key: ");
  }
}
