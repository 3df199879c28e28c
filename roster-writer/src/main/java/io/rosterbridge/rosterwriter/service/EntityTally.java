package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import java.util.EnumMap;
import java.util.Map;

/** Counts per entity type while a run is applied; becomes the report's {@link EntityCounts}. */
public final class EntityTally {

  private final Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class);

  /**
   * Adds the merge's counts by kind (CREATED, UPDATED, UNCHANGED, RESTORED), and MANAGED_AGAIN:
   * those of the updated that an admin had restored and the run made Clever-managed again.
   */
  public void merged(EntityType type, Map<String, Long> byKind) {
    long[] c = of(type);
    c[0] += byKind.getOrDefault("CREATED", 0L);
    c[1] += byKind.getOrDefault("UPDATED", 0L);
    c[2] += byKind.getOrDefault("UNCHANGED", 0L);
    c[3] += byKind.getOrDefault("RESTORED", 0L);
    c[6] += byKind.getOrDefault("MANAGED_AGAIN", 0L);
  }

  /** Adds soft-deletions. */
  public void softDeleted(EntityType type, long count) {
    of(type)[4] += count;
  }

  /** Adds held deletions. */
  public void held(EntityType type, long count) {
    of(type)[5] += count;
  }

  /** Rows the merge wrote: created, updated or restored. */
  public long written(EntityType type) {
    long[] c = counts.get(type);
    return c == null ? 0 : c[0] + c[1] + c[3];
  }

  /**
   * Rows the run added to those a sweep could delete: created, restored, or Clever-managed again;
   * the difference between the deletable rows before and after the merge.
   */
  public long addedBack(EntityType type) {
    long[] c = counts.get(type);
    return c == null ? 0 : c[0] + c[3] + c[6];
  }

  /** The report's counts. */
  public Map<EntityType, EntityCounts> toCounts() {
    Map<EntityType, EntityCounts> result = new EnumMap<>(EntityType.class);
    counts.forEach(
        (type, c) -> result.put(type, new EntityCounts(c[0], c[1], c[2], c[3], c[4], c[5])));
    return result;
  }

  private long[] of(EntityType type) {
    return counts.computeIfAbsent(type, t -> new long[7]);
  }
}
