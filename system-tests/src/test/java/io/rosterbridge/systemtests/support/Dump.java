package io.rosterbridge.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads a folder of Clever list responses, as clever-sim loads it. */
public final class Dump {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Dump() {}

  /** The objects of one list ({@code users}, {@code sections} …), unwrapped from the envelope. */
  public static JsonNode list(Path dir, String type) {
    try {
      JsonNode items = JSON.readTree(dir.resolve(type + ".json").toFile()).path("data");
      var out = JSON.createArrayNode();
      items.forEach(item -> out.add(item.has("data") ? item.get("data") : item));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The elements of a JSON array. */
  public static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
