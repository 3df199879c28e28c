package io.rosterbridge.events.report;

/** What a run did to one entity type. */
public record EntityCounts(
    long created, long updated, long unchanged, long restored, long softDeleted, long held) {

  /** No changes at all. */
  public static final EntityCounts NONE = new EntityCounts(0, 0, 0, 0, 0, 0);
}
