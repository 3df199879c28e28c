package io.rosterbridge.cleversim.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;
import java.util.ArrayList;
import java.util.List;

/** Keeps section rosters consistent when a user leaves, moves or gets a new id. */
final class SectionReferences {

  private final District district;
  private final Mutations mutations;

  SectionReferences(District district, Mutations mutations) {
    this.district = district;
    this.mutations = mutations;
  }

  /**
   * Replaces (or with {@code newId} null, removes) a user in every section that lists them,
   * optionally only in sections of one school; each touched section gets a sections.updated. Scans
   * all sections, which for generated districts means computing them.
   */
  void replace(String userId, String newId, String onlySchool) {
    List<ObjectNode> touched = new ArrayList<>();
    district
        .collection(RecordType.SECTIONS)
        .forEach(
            section -> {
              boolean inSchool =
                  onlySchool == null || onlySchool.equals(section.path("school").asText());
              if (inSchool && mentions(section, userId)) {
                touched.add(section);
              }
            });
    for (ObjectNode section : touched) {
      mutations.replace(RecordType.SECTIONS, section, rewritten(section, userId, newId));
    }
  }

  private static boolean mentions(ObjectNode section, String userId) {
    return userId.equals(section.path("teacher").asText(null))
        || contains(section.path("students"), userId)
        || contains(section.path("teachers"), userId);
  }

  private static ObjectNode rewritten(ObjectNode section, String userId, String newId) {
    ObjectNode after = section.deepCopy();
    for (String field : new String[] {"students", "teachers"}) {
      if (contains(section.path(field), userId)) {
        after.set(field, without(section.get(field), userId, newId));
      }
    }
    if (userId.equals(section.path("teacher").asText(null))) {
      JsonNode remaining = after.path("teachers");
      if (newId != null) {
        after.put("teacher", newId);
      } else if (remaining.isArray() && !remaining.isEmpty()) {
        after.put("teacher", remaining.get(0).asText());
      } else {
        // Clever guarantees the field; with no teacher left it stays, as null.
        after.putNull("teacher");
      }
    }
    return after;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (value.equals(item.asText())) {
        return true;
      }
    }
    return false;
  }

  private static ArrayNode without(JsonNode array, String value, String replacement) {
    ArrayNode out = Json.array();
    array.forEach(
        v -> {
          if (!v.asText().equals(value)) {
            out.add(v);
          } else if (replacement != null) {
            out.add(replacement);
          }
        });
    return out;
  }
}
