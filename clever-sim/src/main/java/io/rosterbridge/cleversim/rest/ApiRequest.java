package io.rosterbridge.cleversim.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as the simulator's handlers see it, independent of the server hosting them.
 *
 * @param method upper-case method
 * @param path decoded path, e.g. {@code /v3.0/users}
 * @param rawQuery the query string as received, or ""
 * @param headers header values by lower-case name
 * @param body the request body, possibly empty
 * @param baseUrl scheme, host and port the client used, e.g. {@code http://localhost:8090}
 */
public record ApiRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, String> headers,
    byte[] body,
    String baseUrl) {

  /** The query parameters in the order given. */
  public List<Map.Entry<String, String>> query() {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      out.add(Map.entry(name, eq < 0 ? "" : decode(pair.substring(eq + 1))));
    }
    return out;
  }

  /** The first value of a query parameter, or null. */
  public String param(String name) {
    return query().stream()
        .filter(e -> e.getKey().equals(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Every value of a repeated query parameter. */
  public List<String> params(String name) {
    return query().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
  }

  /** A header value, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** The bearer token of the Authorization header, or null. */
  public String bearer() {
    String value = header("authorization");
    if (value == null || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return value.substring(7).trim();
  }

  /** The path and query as received, e.g. {@code /v3.0/users?limit=5}. */
  public String pathAndQuery() {
    return rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
