package io.rosterbridge.cleversim.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.ObjectIds;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.store.DistrictData;
import io.rosterbridge.cleversim.store.ListSource;
import io.rosterbridge.cleversim.store.RecordSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a district from a folder of Clever list responses ({@code users.json} …, each {@code
 * {"data":[{"data":{…},"uri":…}],"links":[…]}}). A missing file means none of that type; the
 * objects are kept exactly as they are in the files.
 */
public final class DumpLoader {

  private DumpLoader() {}

  /** Reads the folder; fails with a clear message on a missing folder or malformed file. */
  public static DistrictData load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("dump folder not found: " + dir);
    }
    Map<RecordType, RecordSource> sources = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      sources.put(type, new ListSource(read(dir.resolve(type.fileName()))));
    }
    RecordSource events = new ListSource(read(dir.resolve("events.json")));
    return new DistrictData(districtId(sources), sources, events);
  }

  /** The objects of one list-response file; none when the file does not exist. */
  static List<ObjectNode> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    JsonNode root;
    try {
      root = Json.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    JsonNode items = root.isArray() ? root : root.path("data");
    if (!items.isArray()) {
      throw new IllegalArgumentException(file + ": expected {\"data\":[…]} or a JSON array");
    }
    List<ObjectNode> objects = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      objects.add(unwrap(item, file));
    }
    return objects;
  }

  private static ObjectNode unwrap(JsonNode item, Path file) {
    JsonNode object = item.has("uri") && item.path("data").isObject() ? item.get("data") : item;
    if (!object.isObject() || !object.path("id").isTextual()) {
      throw new IllegalArgumentException(file + ": an item without a string id: " + item);
    }
    return (ObjectNode) object;
  }

  private static String districtId(Map<RecordType, RecordSource> sources) {
    RecordSource districts = sources.get(RecordType.DISTRICTS);
    if (districts.size() > 0) {
      return districts.id(0);
    }
    for (RecordType type : RecordType.values()) {
      RecordSource source = sources.get(type);
      if (source.size() > 0 && source.get(0).path("district").isTextual()) {
        return source.get(0).path("district").asText();
      }
    }
    return ObjectIds.randomHex(24);
  }
}
