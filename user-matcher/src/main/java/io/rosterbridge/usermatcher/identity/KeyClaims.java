package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.identity.ConflictReason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides, per username key, which of the run's claimants gets it: a key goes to a user only when
 * that user is the one claimant of the run that could take it.
 */
final class KeyClaims {

  /** How a claim ends. */
  enum Kind {
    /** Nobody holds the key and this is its only claimant: it gets the key. */
    ACQUIRE,
    /** The one account holding the key is linked (or relinked) to this, its only eligible user. */
    TAKE_OVER,
    /** Several claimants could take the key; none gets it. */
    DUPLICATE,
    /** The account(s) holding the key cannot go to this user, for {@code reason}. */
    REFUSED
  }

  /** The end of one claim, with the accounts holding the key and the number of eligible users. */
  record Verdict(Kind kind, ConflictReason reason, List<KnownAccount> holders, int eligible) {}

  private final Map<String, Verdict> byCleverUserId;

  private KeyClaims(Map<String, Verdict> byCleverUserId) {
    this.byCleverUserId = byCleverUserId;
  }

  /** Decides every claim among the intents; other intents get no verdict. */
  static KeyClaims decide(List<Intent> intents, RunFacts facts) {
    Map<UsernameKey, List<Intent>> byKey =
        intents.stream()
            .filter(i -> i.kind() == Intent.Kind.CLAIM)
            .collect(Collectors.groupingBy(i -> i.user().key()));
    Map<String, Verdict> verdicts = new HashMap<>();
    byKey.forEach((key, claims) -> decideKey(claims, facts.index().holders(key), facts, verdicts));
    return new KeyClaims(verdicts);
  }

  /** The verdict on the user's claim. */
  Verdict verdictFor(String cleverUserId) {
    Verdict verdict = byCleverUserId.get(cleverUserId);
    if (verdict == null) {
      throw new IllegalStateException("No claim was decided for Clever user " + cleverUserId);
    }
    return verdict;
  }

  private static void decideKey(
      List<Intent> claims, List<KnownAccount> holders, RunFacts facts, Map<String, Verdict> out) {
    Map<String, Optional<ConflictReason>> refusals = new HashMap<>();
    claims.forEach(c -> refusals.put(c.user().id(), refusal(c, holders, facts)));
    int eligible = (int) refusals.values().stream().filter(Optional::isEmpty).count();
    for (Intent claim : claims) {
      Optional<ConflictReason> refused = refusals.get(claim.user().id());
      Kind kind =
          refused.isPresent()
              ? Kind.REFUSED
              : eligible > 1 ? Kind.DUPLICATE : holders.isEmpty() ? Kind.ACQUIRE : Kind.TAKE_OVER;
      out.put(claim.user().id(), new Verdict(kind, refused.orElse(null), holders, eligible));
    }
  }

  /** Why the claimant cannot have the key regardless of rivals, or empty when it could. */
  private static Optional<ConflictReason> refusal(
      Intent claim, List<KnownAccount> holders, RunFacts facts) {
    if (holders.isEmpty()) {
      return Optional.empty();
    }
    if (holders.size() > 1) {
      return Optional.of(
          claim.hasOwnUsername()
              ? ConflictReason.RENAME_BLOCKED
              : ConflictReason.USERNAME_MATCHES_SEVERAL_ACCOUNTS);
    }
    Optional<ConflictReason> takeover = takeoverRefusal(claim.user(), holders.get(0), facts);
    if (!claim.isLinked()) {
      return takeover;
    }
    // A linked user keeps its own account: it can never take over another one.
    return claim.hasOwnUsername() || takeover.isEmpty()
        ? Optional.of(ConflictReason.RENAME_BLOCKED)
        : takeover;
  }

  /** Why an unlinked user may not be linked (or relinked) to the account holding its key. */
  static Optional<ConflictReason> takeoverRefusal(
      RunUser user, KnownAccount holder, RunFacts facts) {
    if (holder.isLinked() && !facts.provenAbsent(holder.cleverUserId())) {
      return Optional.of(ConflictReason.USERNAME_HELD_BY_OTHER_CLEVER_USER);
    }
    if (!holder.isLinked() && !holder.isActive()) {
      return Optional.of(ConflictReason.USERNAME_HELD_BY_INACTIVE_ACCOUNT);
    }
    if (user.isStudent() && (holder.isManual() || holder.hasManualRole())) {
      return Optional.of(ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN);
    }
    if (user.isStudent() && holder.holdsStaffRole()) {
      return Optional.of(ConflictReason.STUDENT_MATCHES_STAFF_ACCOUNT);
    }
    // The other way round is as wrong: a teacher must not inherit a student's account and work.
    if (!user.isStudent() && holder.holdsOnlyStudentRoles()) {
      return Optional.of(ConflictReason.STAFF_MATCHES_STUDENT_ACCOUNT);
    }
    return Optional.empty();
  }
}
