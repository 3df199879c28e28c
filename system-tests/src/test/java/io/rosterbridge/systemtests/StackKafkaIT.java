package io.rosterbridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.systemtests.support.Pipeline;
import io.rosterbridge.systemtests.support.Shell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/stack up kafka} refuses, with one line and at once, what would stop a broker from
 * starting. It runs a copy of the scripts in a checkout of its own, so a stack already running for
 * this build is neither seen nor touched.
 */
class StackKafkaIT {

  /** A refusal must come well before the broker's own start timeout would. */
  private static final int SECONDS = 30;

  @TempDir Path checkout;

  @BeforeEach
  void copyTheScripts() throws IOException {
    Path scripts = Pipeline.ROOT.resolve("scripts");
    try (Stream<Path> files = Files.walk(scripts)) {
      files.forEach(
          file ->
              copy(file, checkout.resolve("scripts").resolve(scripts.relativize(file).toString())));
    }
  }

  @Test
  void aBrokerPortTakenByAnotherProcessEndsUpWithOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int controllerPort = free.getLocalPort();
      free.close();

      Shell.Result up =
          stackUp(
              Map.of(
                  "ROSTERBRIDGE_KAFKA_PORT", String.valueOf(taken.getLocalPort()),
                  "ROSTERBRIDGE_KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort)));

      assertThat(up.exit()).as(up.all()).isEqualTo(1);
      assertThat(up.err().strip().lines())
          .singleElement()
          .asString()
          .startsWith(
              "stack: port " + taken.getLocalPort() + " is already in use by another process")
          .endsWith("stop it or set ROSTERBRIDGE_KAFKA_PORT");
    }
    assertThat(checkout.resolve(".stack/kafka.pid")).doesNotExist();
  }

  @Test
  void aPortThatIsNoNumberEndsUpWithOneLine() {
    Shell.Result up = stackUp(Map.of("ROSTERBRIDGE_KAFKA_PORT", "90x2"));

    assertThat(up.exit()).as(up.all()).isEqualTo(1);
    assertThat(up.err().strip().lines()).singleElement().asString().contains("90x2");
  }

  private Shell.Result stackUp(Map<String, String> env) {
    return Shell.run(env, SECONDS, checkout.resolve("scripts/stack").toString(), "up", "kafka");
  }

  private static void copy(Path from, Path to) {
    try {
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else {
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
