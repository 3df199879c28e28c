package io.rosterbridge.rosterctl.messaging;

import io.rosterbridge.rosterctl.CtlException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Turns what the Kafka clients throw into one line saying what to do. */
final class KafkaFailures {

  private KafkaFailures() {}

  /** The failure of talking to the cluster at {@code bootstrap} while doing {@code what}. */
  static CtlException of(String bootstrap, String what, Duration timeout, Exception e) {
    if (!anyAccepts(bootstrap)) {
      return unreachable(bootstrap, e);
    }
    return new CtlException(
        "Kafka at "
            + bootstrap
            + " did not "
            + what
            + " within "
            + timeout.toSeconds()
            + " s ("
            + rootMessage(e)
            + "); check the broker with ./scripts/stack status",
        e);
  }

  /** Fails at once, instead of after the clients' timeouts, when no bootstrap server listens. */
  static void requireReachable(String bootstrap) {
    if (!anyAccepts(bootstrap)) {
      throw unreachable(bootstrap, null);
    }
  }

  /** Nothing listens at the bootstrap address. */
  static CtlException unreachable(String bootstrap, Exception e) {
    return new CtlException(
        "cannot reach Kafka at "
            + bootstrap
            + ": start it with ./scripts/stack up or set KAFKA_BOOTSTRAP_SERVERS",
        e);
  }

  private static boolean anyAccepts(String bootstrap) {
    for (String server : bootstrap.split(",")) {
      String address = server.trim().replaceFirst("^[A-Za-z_]+://", "");
      int colon = address.lastIndexOf(':');
      if (colon <= 0) {
        continue;
      }
      try (Socket socket = new Socket()) {
        int port = Integer.parseInt(address.substring(colon + 1));
        socket.connect(new InetSocketAddress(address.substring(0, colon), port), 1000);
        return true;
      } catch (IOException | IllegalArgumentException e) {
        // try the next one
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
