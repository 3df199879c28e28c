package io.rosterbridge.cleversim.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.rest.ApiRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads a token request body sent either as JSON or as {@code x-www-form-urlencoded}. */
final class FormBody {

  private FormBody() {}

  static Map<String, String> parse(ApiRequest request) {
    if (request.body().length == 0) {
      return new LinkedHashMap<>();
    }
    String type = request.header("content-type");
    return type != null && type.toLowerCase(Locale.ROOT).contains("json")
        ? json(request.body())
        : form(new String(request.body(), StandardCharsets.UTF_8));
  }

  private static Map<String, String> json(byte[] body) {
    JsonNode tree;
    try {
      tree = Json.parse(body);
    } catch (IllegalArgumentException e) {
      throw new OAuthException(400, "invalid_request", "malformed JSON body");
    }
    Map<String, String> out = new LinkedHashMap<>();
    tree.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
    return out;
  }

  private static Map<String, String> form(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return out;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
