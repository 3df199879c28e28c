package io.rosterbridge.cleversim.oauth;

import io.rosterbridge.cleversim.rest.ApiRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/** Small helpers for the simulator's HTML pages. */
final class Html {

  private Html() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The request's parameters without {@code drop}, plus {@code name=value}, as a URL. */
  static String link(ApiRequest request, Set<String> drop, String name, String value) {
    StringBuilder url = new StringBuilder(request.path()).append('?');
    for (Map.Entry<String, String> param : request.query()) {
      if (!drop.contains(param.getKey()) && !param.getKey().equals(name)) {
        url.append(encode(param.getKey())).append('=').append(encode(param.getValue())).append('&');
      }
    }
    return url.append(encode(name)).append('=').append(encode(value)).toString();
  }

  /** Hidden inputs repeating the request's parameters except {@code drop}. */
  static String hiddenInputs(ApiRequest request, Set<String> drop) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> param : request.query()) {
      if (!drop.contains(param.getKey())) {
        out.append("<input type=\"hidden\" name=\"")
            .append(escape(param.getKey()))
            .append("\" value=\"")
            .append(escape(param.getValue()))
            .append("\">\n");
      }
    }
    return out.toString();
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + escape(title)
        + "</title></head>\n<body>\n<h1>"
        + escape(title)
        + "</h1>\n"
        + body
        + "</body></html>\n";
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
