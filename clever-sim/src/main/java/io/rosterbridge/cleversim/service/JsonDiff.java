package io.rosterbridge.cleversim.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** JSON merge patches (RFC 7396) and the {@code previous_attributes} of an update. */
public final class JsonDiff {

  private JsonDiff() {}

  /** Applies a merge patch to a copy of {@code target}: null removes a field, objects merge. */
  public static ObjectNode mergePatch(ObjectNode target, ObjectNode patch) {
    ObjectNode result = target.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        result.remove(field.getKey());
      } else if (value.isObject() && result.path(field.getKey()).isObject()) {
        result.set(
            field.getKey(),
            mergePatch((ObjectNode) result.get(field.getKey()), (ObjectNode) value));
      } else {
        result.set(field.getKey(), value.deepCopy());
      }
    }
    return result;
  }

  /**
   * The old values of what changed from {@code before} to {@code after}: changed objects are
   * described field by field, changed arrays and scalars are given whole, added fields as null.
   */
  public static ObjectNode previous(ObjectNode before, ObjectNode after) {
    ObjectNode out = Json.object();
    Set<String> names = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode old = before.get(name);
      JsonNode now = after.get(name);
      if (old != null && old.equals(now)) {
        continue;
      }
      if (old != null && old.isObject() && now != null && now.isObject()) {
        out.set(name, previous((ObjectNode) old, (ObjectNode) now));
      } else {
        out.set(name, old == null ? NullNode.getInstance() : old.deepCopy());
      }
    }
    return out;
  }
}
