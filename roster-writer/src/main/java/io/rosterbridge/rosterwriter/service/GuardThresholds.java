package io.rosterbridge.rosterwriter.service;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A district's deletion-guard thresholds: a type's deletions are held when they are more than
 * {@code maxPercent} % of its active rows and more than {@code minRecords} records.
 */
public record GuardThresholds(BigDecimal maxPercent, int minRecords) {

  public GuardThresholds {
    Objects.requireNonNull(maxPercent, "maxPercent");
    if (maxPercent.signum() < 0 || minRecords < 0) {
      throw new IllegalArgumentException("guard thresholds cannot be negative");
    }
  }
}
