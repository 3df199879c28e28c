package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.identity.Conflict;
import io.rosterbridge.events.identity.ResolutionOutcome;

/** Turns a user's intent and the verdict on its claim into its {@link Resolution}. */
final class Decisions {

  private final RunFacts facts;
  private final KeyClaims claims;

  Decisions(RunFacts facts, KeyClaims claims) {
    this.facts = facts;
    this.claims = claims;
  }

  /** The resolution of one user. */
  Resolution decide(Intent intent) {
    return intent.isLinked() ? decideLinked(intent) : decideNew(intent);
  }

  private Resolution decideLinked(Intent intent) {
    RunUser user = intent.user();
    KnownAccount own = intent.own();
    return switch (intent.kind()) {
      case NO_USERNAME -> stay(intent, ConflictMessages.noUsername(user, own));
      case KEEPS_KEY ->
          resolved(
              intent, own.accountId(), carried(own, user.username()), ResolutionOutcome.UNCHANGED);
      case MANUAL_KEPT -> stay(intent, ConflictMessages.manualNotRenamed(user, own));
      case CLAIM -> decideRename(intent);
    };
  }

  private Resolution decideRename(Intent intent) {
    KnownAccount own = intent.own();
    KeyClaims.Verdict verdict = claims.verdictFor(intent.user().id());
    return switch (verdict.kind()) {
      case ACQUIRE ->
          new Resolution(
              intent.user().user(),
              own.accountId(),
              intent.user().username(),
              ResolutionOutcome.RENAMED,
              null,
              own.username() == null ? null : own.username().display(),
              null);
      case DUPLICATE, REFUSED -> stay(intent, conflictOf(intent, verdict));
      case TAKE_OVER ->
          throw new IllegalStateException("A linked user never takes over an account");
    };
  }

  private Resolution decideNew(Intent intent) {
    RunUser user = intent.user();
    if (intent.kind() == Intent.Kind.NO_USERNAME) {
      return newAccount(
          intent, ResolutionOutcome.CREATED, null, ConflictMessages.noUsername(user, null));
    }
    KeyClaims.Verdict verdict = claims.verdictFor(user.id());
    return switch (verdict.kind()) {
      case ACQUIRE -> newAccount(intent, ResolutionOutcome.CREATED, user.username(), null);
      case TAKE_OVER -> takeOver(intent, verdict.holders().get(0));
      case DUPLICATE ->
          newAccount(intent, ResolutionOutcome.CREATED, null, conflictOf(intent, verdict));
      case REFUSED ->
          newAccount(intent, ResolutionOutcome.CONFLICT, null, conflictOf(intent, verdict));
    };
  }

  private Resolution takeOver(Intent intent, KnownAccount holder) {
    Username username = carried(holder, intent.user().username());
    return holder.isLinked()
        ? new Resolution(
            intent.user().user(),
            holder.accountId(),
            username,
            ResolutionOutcome.RELINKED,
            null,
            null,
            holder.cleverUserId())
        : resolved(intent, holder.accountId(), username, ResolutionOutcome.LINKED_EXISTING);
  }

  private static Conflict conflictOf(Intent intent, KeyClaims.Verdict verdict) {
    return verdict.kind() == KeyClaims.Kind.DUPLICATE
        ? ConflictMessages.duplicate(intent.user(), verdict.eligible(), intent.own())
        : ConflictMessages.refused(
            verdict.reason(), intent.user(), verdict.holders(), intent.own());
  }

  /** A linked user that keeps its account and current username, with what was reported. */
  private static Resolution stay(Intent intent, Conflict conflict) {
    KnownAccount own = intent.own();
    return new Resolution(
        intent.user().user(),
        own.accountId(),
        own.username(),
        ResolutionOutcome.UNCHANGED,
        conflict,
        null,
        null);
  }

  /** A new account minted for the user. */
  private Resolution newAccount(
      Intent intent, ResolutionOutcome outcome, Username username, Conflict conflict) {
    return new Resolution(
        intent.user().user(), newAccountId(intent.user()), username, outcome, conflict, null, null);
  }

  private static Resolution resolved(
      Intent intent, String accountId, Username username, ResolutionOutcome outcome) {
    return new Resolution(intent.user().user(), accountId, username, outcome, null, null, null);
  }

  /** A manual account keeps its own display form; otherwise Clever's display is carried. */
  private static Username carried(KnownAccount account, Username fromClever) {
    return account.isManual() && account.username() != null ? account.username() : fromClever;
  }

  private String newAccountId(RunUser user) {
    IdentityIndex index = facts.index();
    return AccountIds.mint(index.districtId(), user.id(), id -> index.account(id) != null);
  }
}
