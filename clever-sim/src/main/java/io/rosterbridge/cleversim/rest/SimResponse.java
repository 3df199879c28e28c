package io.rosterbridge.cleversim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.cleversim.model.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response before it is written: a JSON tree (so faults can still reshape it) or raw bytes.
 *
 * @param status HTTP status
 * @param contentType Content-Type header, or null for no body
 * @param json the body as a tree, or null
 * @param raw the body as bytes when {@code json} is null
 * @param headers further headers
 */
public record SimResponse(
    int status, String contentType, JsonNode json, byte[] raw, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";

  /** A JSON response. */
  public static SimResponse json(int status, JsonNode body) {
    return new SimResponse(status, JSON, body, null, Map.of());
  }

  /** An HTML page. */
  public static SimResponse html(int status, String page) {
    return new SimResponse(status, HTML, null, page.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** Bytes sent as given, labelled with a content type. */
  public static SimResponse raw(int status, String contentType, byte[] body) {
    return new SimResponse(status, contentType, null, body, Map.of());
  }

  /** A 302 redirect. */
  public static SimResponse redirect(String location) {
    return new SimResponse(302, null, null, new byte[0], Map.of("Location", location));
  }

  /** The body as bytes. */
  public byte[] bytes() {
    return json != null ? Json.bytes(json) : raw;
  }

  /** The same response with one more header. */
  public SimResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new SimResponse(status, contentType, json, raw, more);
  }
}
