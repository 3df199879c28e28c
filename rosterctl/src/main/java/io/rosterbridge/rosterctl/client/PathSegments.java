package io.rosterbridge.rosterctl.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ids placed in URL paths and queries, encoded. */
final class PathSegments {

  private PathSegments() {}

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
