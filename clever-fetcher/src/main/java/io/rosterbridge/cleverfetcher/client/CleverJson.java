package io.rosterbridge.cleverfetcher.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Clever's list envelope {@code {"data":[{"data":{…},"uri":…}],"links":[{"rel","uri"}]}} as a
 * stream, one object at a time, and refuses anything else as a malformed response.
 */
public final class CleverJson {

  /** Lenient about unknown fields, strict about shapes. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private CleverJson() {}

  /** The page in {@code body}, its objects read as {@code type}. */
  public static <T extends CleverDoc> Page<T> page(byte[] body, Class<T> type, String what)
      throws MalformedResponseException {
    try (JsonParser parser = FACTORY.createParser(body)) {
      Page<T> page = envelope(parser, type, what);
      if (parser.nextToken() != null) {
        throw new MalformedResponseException(what + ": unexpected content after the JSON object");
      }
      return page;
    } catch (IOException e) {
      throw new MalformedResponseException(what + ": unreadable JSON (" + reason(e) + ")", e);
    }
  }

  private static <T extends CleverDoc> Page<T> envelope(
      JsonParser parser, Class<T> type, String what) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new MalformedResponseException(what + ": the body is not a JSON object");
    }
    List<T> items = null;
    String next = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("data".equals(field)) {
        items = items(parser, value, type, what);
      } else if ("links".equals(field)) {
        next = Links.next(parser, value, what);
      } else {
        parser.skipChildren();
      }
    }
    if (items == null) {
      throw new MalformedResponseException(what + ": the response has no data array");
    }
    return new Page<>(items, next);
  }

  private static <T extends CleverDoc> List<T> items(
      JsonParser parser, JsonToken value, Class<T> type, String what) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      throw new MalformedResponseException(what + ": data is not an array");
    }
    List<T> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(item(parser, type, what, items.size()));
    }
    return items;
  }

  private static <T extends CleverDoc> T item(
      JsonParser parser, Class<T> type, String what, int index) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new MalformedResponseException(what + ": data[" + index + "] is not an object");
    }
    T object = null;
    boolean uri = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("data".equals(field) && value == JsonToken.START_OBJECT) {
        object = MAPPER.readValue(parser, type);
      } else {
        uri |= "uri".equals(field) && value == JsonToken.VALUE_STRING;
        parser.skipChildren();
      }
    }
    if (object == null || object.id() == null || object.id().isBlank() || !uri) {
      throw new MalformedResponseException(
          what + ": data[" + index + "] is not {\"data\":{\"id\":…},\"uri\":…}");
    }
    return object;
  }

  private static String reason(IOException e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException json
        ? json.getOriginalMessage()
        : e.toString();
  }
}
