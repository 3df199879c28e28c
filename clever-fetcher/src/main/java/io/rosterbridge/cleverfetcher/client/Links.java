package io.rosterbridge.cleverfetcher.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Reads the {@code links} array of an envelope, strictly: a misread {@code next} ends a list. */
final class Links {

  private Links() {}

  /** The {@code next} link's uri, or null; the parser is at the array's start token. */
  static String next(JsonParser parser, JsonToken value, String what) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      throw new MalformedResponseException(what + ": links is not an array");
    }
    String next = null;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw new MalformedResponseException(what + ": a link is not an object");
      }
      String rel = null;
      String uri = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        String text = token == JsonToken.VALUE_STRING ? parser.getText() : null;
        rel = "rel".equals(field) ? text : rel;
        uri = "uri".equals(field) ? text : uri;
        parser.skipChildren();
      }
      if (rel == null || uri == null) {
        throw new MalformedResponseException(what + ": a link lacks rel or uri");
      }
      if ("next".equals(rel)) {
        if (next != null) {
          throw new MalformedResponseException(what + ": more than one next link");
        }
        next = uri;
      }
    }
    return next;
  }
}
