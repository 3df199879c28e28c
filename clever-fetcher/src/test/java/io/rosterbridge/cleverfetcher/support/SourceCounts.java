package io.rosterbridge.cleverfetcher.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.events.clever.EntityType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a simulated district holds, counted the way a complete run must count it. */
public final class SourceCounts {

  private static final List<String> ROSTERED =
      List.of("student", "teacher", "staff", "district_admin");

  private SourceCounts() {}

  /** Objects per entity type; users with a rostered role; distinct enrollments per section. */
  public static Map<EntityType, Long> of(District district) {
    return district.read(
        () -> {
          Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
          counts.put(EntityType.DISTRICT, size(district, RecordType.DISTRICTS));
          counts.put(EntityType.SCHOOL, size(district, RecordType.SCHOOLS));
          counts.put(EntityType.TERM, size(district, RecordType.TERMS));
          counts.put(EntityType.COURSE, size(district, RecordType.COURSES));
          counts.put(EntityType.SECTION, size(district, RecordType.SECTIONS));
          long[] enrollments = {0};
          district
              .collection(RecordType.SECTIONS)
              .forEach(s -> enrollments[0] += distinct(s.path("students")) + teachers(s));
          counts.put(EntityType.ENROLLMENT, enrollments[0]);
          long[] users = {0};
          district
              .collection(RecordType.USERS)
              .forEach(
                  u -> users[0] += ROSTERED.stream().anyMatch(r -> u.path("roles").has(r)) ? 1 : 0);
          counts.put(EntityType.USER, users[0]);
          return counts;
        });
  }

  private static long size(District district, RecordType type) {
    return district.collection(type).size();
  }

  private static long teachers(JsonNode section) {
    JsonNode teachers = section.path("teachers");
    return teachers.isArray() ? distinct(teachers) : section.hasNonNull("teacher") ? 1 : 0;
  }

  private static long distinct(JsonNode array) {
    Set<String> ids = new HashSet<>();
    array.forEach(id -> ids.add(id.asText()));
    return ids.size();
  }
}
