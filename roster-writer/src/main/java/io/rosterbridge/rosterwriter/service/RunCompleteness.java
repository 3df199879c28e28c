package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the writer received the whole run: per entity type, the distinct records it staged must
 * equal the fetcher's count. Enrollments are compared only when the fetcher counted them.
 */
public final class RunCompleteness {

  private RunCompleteness() {}

  /** What is missing or extra, one sentence per type; empty when the run is complete. */
  public static List<String> mismatches(Map<EntityType, Long> fetched, Map<String, Long> received) {
    List<String> mismatches = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      if (type == EntityType.ENROLLMENT && !fetched.containsKey(type)) {
        continue;
      }
      long expected = fetched.getOrDefault(type, 0L);
      long got = received.getOrDefault(type.name(), 0L);
      if (expected != got) {
        mismatches.add(
            "received " + got + " of " + expected + " " + type + " records; nothing was swept");
      }
    }
    return mismatches;
  }
}
