package io.rosterbridge.events.report;

import io.rosterbridge.events.clever.EntityType;
import java.util.Map;

/**
 * Answers to the onboarding questions a district's first connection asks before anything applies:
 * existing users, licence fit, how many usernames match, and what current data would be
 * soft-deleted.
 */
public record OnboardingAnswers(
    long existingAccounts,
    long existingLegacyAccounts,
    long existingManualAccounts,
    boolean licencesSufficient,
    long usernamesMatched,
    long usernamesUnmatched,
    Map<EntityType, Long> wouldSoftDelete) {

  public OnboardingAnswers {
    wouldSoftDelete = wouldSoftDelete == null ? Map.of() : Map.copyOf(wouldSoftDelete);
  }
}
