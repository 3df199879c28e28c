package io.rosterbridge.rosterctl.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Nothing listens where rosterctl looks for Kafka, the writer and the fetcher. */
public class UnreachableProfile implements QuarkusTestProfile {

  /** A port that was free a moment ago, so nothing answers there. */
  public static final int DEAD_PORT = freePort();

  @Override
  public Map<String, String> getConfigOverrides() {
    String dead = "127.0.0.1:" + DEAD_PORT;
    return Map.of(
        "rosterctl.kafka.bootstrap-servers",
        dead,
        "rosterctl.writer-url",
        "http://" + dead,
        "rosterctl.fetcher-url",
        "http://" + dead,
        "rosterctl.token",
        "operator-test-token");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
