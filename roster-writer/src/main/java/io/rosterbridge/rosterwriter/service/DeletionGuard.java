package io.rosterbridge.rosterwriter.service;

import java.math.BigDecimal;

/**
 * Decides whether a run's soft-deletions of one entity type are held for an operator: when they
 * exceed both the district's thresholds (more than the percentage of the type's active rows before
 * the run, and more than the minimum number of records), or when they would leave the type with no
 * active row at all (a district emptying out).
 */
public final class DeletionGuard {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DeletionGuard() {}

  /**
   * True when the deletions must be held.
   *
   * @param deletions rows of the type the run would soft-delete
   * @param activeBefore active rows of the type before the run
   * @param activeAfterMerge active rows of the type after the run's upserts, before its sweep
   */
  public static boolean holds(
      long deletions, long activeBefore, long activeAfterMerge, GuardThresholds thresholds) {
    if (deletions <= 0) {
      return false;
    }
    boolean overMinimum = deletions > thresholds.minRecords();
    boolean overShare =
        BigDecimal.valueOf(deletions)
                .multiply(HUNDRED)
                .compareTo(thresholds.maxPercent().multiply(BigDecimal.valueOf(activeBefore)))
            > 0;
    boolean empties = deletions >= activeAfterMerge;
    return (overMinimum && overShare) || empties;
  }
}
