package io.rosterbridge.cleversim.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.store.Window;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Clever's response envelopes: {@code {"data":[{"data":{…},"uri":…}],"links":[{"rel","uri"}]}} for
 * lists and {@code {"data":{…},"links":[…]}} for single objects, with relative links.
 */
public final class Envelopes {

  private Envelopes() {}

  /**
   * A list page written straight to bytes as {@code visit} hands over its objects (so a page of
   * 10,000 users is never held as a tree); {@code itemPath} is e.g. {@code /v3.0/users}.
   */
  public static byte[] page(
      ApiRequest request,
      String itemPath,
      Paging paging,
      Function<Consumer<ObjectNode>, Window> visit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("data");
      Window window = visit.apply(object -> writeItem(json, itemPath, object));
      json.writeEndArray();
      json.writeFieldName("links");
      Json.MAPPER.writeTree(json, links(request, paging, window));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A single object with its self link. */
  public static ObjectNode single(ObjectNode object, String selfUri) {
    ObjectNode body = Json.object();
    body.set("data", object);
    body.putArray("links").add(link("self", selfUri));
    return body;
  }

  /** One {@code {"rel":…,"uri":…}} entry. */
  public static ObjectNode link(String rel, String uri) {
    return Json.object().put("rel", rel).put("uri", uri);
  }

  static ArrayNode links(ApiRequest request, Paging paging, Window window) {
    ArrayNode links = Json.array().add(link("self", request.pathAndQuery()));
    boolean empty = window.count() == 0;
    boolean morePrev = paging.backwards() ? window.more() : paging.startingAfter() != null;
    boolean moreNext = paging.backwards() || window.more();
    if (!empty && morePrev) {
      links.add(link("prev", cursorUri(request, "ending_before", window.firstId())));
    }
    if (!empty && moreNext) {
      links.add(link("next", cursorUri(request, "starting_after", window.lastId())));
    }
    return links;
  }

  /** The request's own path and parameters with the paging cursor replaced. */
  static String cursorUri(ApiRequest request, String cursorName, String cursor) {
    StringBuilder uri = new StringBuilder(request.path()).append('?');
    for (Map.Entry<String, String> param : request.query()) {
      String name = param.getKey();
      if (!name.equals("starting_after") && !name.equals("ending_before")) {
        uri.append(encode(name)).append('=').append(encode(param.getValue())).append('&');
      }
    }
    return uri.append(cursorName).append('=').append(encode(cursor)).toString();
  }

  private static void writeItem(JsonGenerator json, String itemPath, ObjectNode object) {
    try {
      json.writeStartObject();
      json.writeFieldName("data");
      Json.MAPPER.writeTree(json, object);
      json.writeStringField("uri", itemPath + "/" + object.path("id").asText());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
