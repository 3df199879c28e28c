package io.rosterbridge.events.report;

import io.rosterbridge.events.clever.EntityType;
import java.util.List;

/**
 * Soft-deletions of one entity type the deletion guard held back: how many, out of how many rows a
 * sync may delete ({@code active}: active rows not protected as manual records or admin overrides),
 * and a sample of their Clever ids (the full list is in the writer's database).
 */
public record HeldDeletions(EntityType entityType, long count, long active, List<String> sample) {

  public HeldDeletions {
    sample = sample == null ? List.of() : List.copyOf(sample);
  }
}
