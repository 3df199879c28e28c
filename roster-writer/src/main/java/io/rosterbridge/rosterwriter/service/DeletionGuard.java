package io.rosterbridge.rosterwriter.service;

import java.math.BigDecimal;

/**
 * Decides whether a run's soft-deletions of one entity type are held for an operator: when they
 * exceed both the district's thresholds (more than the percentage of the type's deletable rows
 * before the run, and more than the minimum number of records), or when they would leave the type
 * with no deletable row at all (a district emptying out). Deletable rows are the active rows a
 * sweep may soft-delete: MANUAL and admin-restored accounts never count.
 */
public final class DeletionGuard {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DeletionGuard() {}

  /**
   * True when the deletions must be held.
   *
   * @param deletions rows of the type the run would soft-delete
   * @param deletableBefore deletable rows of the type before the run
   * @param deletableAfterMerge deletable rows of the type after the run's upserts, before its sweep
   */
  public static boolean holds(
      long deletions, long deletableBefore, long deletableAfterMerge, GuardThresholds thresholds) {
    if (deletions <= 0) {
      return false;
    }
    boolean overMinimum = deletions > thresholds.minRecords();
    boolean overShare =
        BigDecimal.valueOf(deletions)
                .multiply(HUNDRED)
                .compareTo(thresholds.maxPercent().multiply(BigDecimal.valueOf(deletableBefore)))
            > 0;
    boolean empties = deletions >= deletableAfterMerge;
    return (overMinimum && overShare) || empties;
  }
}
