package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.clever.CleverUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves every rostered Clever user of a run to exactly one account of its district; pure,
 * deterministic and independent of the order of the run's users.
 *
 * <p>Rules beyond the decision table of the design:
 *
 * <ul>
 *   <li>Outcome {@code CONFLICT} means a new account was minted because the existing account
 *       holding the username could not be taken (another Clever user's, a manual or staff account a
 *       student may not take, a deactivated unlinked one, or several). A new user reported for its
 *       own data (no username, a username shared in the run) is {@code CREATED}; a linked user is
 *       never {@code CONFLICT}: it stays {@code UNCHANGED} with the report in {@code conflict}.
 *   <li>A username key goes to a user only if it is the one claimant of the run that could take it
 *       (create, link, relink or rename); several such claimants are all {@code
 *       DUPLICATE_USERNAME_IN_RUN}. Claimants that could never take it do not count.
 *   <li>Holders are judged as the index stood before the run: a key held by any account, active or
 *       not, is never given to another account, even if its holder renames away in this run.
 *   <li>A student is never linked or relinked to an account that is manual, holds a manual role or
 *       holds any role other than student.
 *   <li>A linked manual account is never renamed ({@code RENAME_BLOCKED}); it keeps its own display
 *       form. Other accounts carry Clever's display form whenever the key matches.
 *   <li>A linked user without a username that wants a held key is reported with the holder's
 *       reason, as when it was first rostered; a linked user with a username gets {@code
 *       RENAME_BLOCKED}.
 *   <li>The accounts holding a key are the active ones, or if none is active the soft-deleted ones.
 *       An unlinked soft-deleted holder is never revived by a match ({@code
 *       USERNAME_HELD_BY_INACTIVE_ACCOUNT}); a linked one is relinked like an active one. Two or
 *       more holders link nobody ({@code USERNAME_MATCHES_SEVERAL_ACCOUNTS}).
 *   <li>A linked user with no usable username keeps its account and current username ({@code
 *       NO_USERNAME}). A linked soft-deleted account is simply resolved (the writer restores it).
 *   <li>Users with no rostered role (contacts, or no role at all) get no resolution. A user with a
 *       student role is treated as a student even if it holds other roles.
 *   <li>New account ids come from {@link AccountIds}: the same run against the same index gives the
 *       same ids; the resolutions are ordered by Clever user id.
 * </ul>
 *
 * <p>Instances hold no state and may be shared.
 */
public final class IdentityResolver {

  /** Resolves the run against the index as it stood when the run started. */
  public RunResolution resolve(IdentityIndex index, MatchRun run) {
    if (!index.districtId().equals(run.districtId())) {
      throw new IllegalArgumentException(
          "Run of district " + run.districtId() + " against index of " + index.districtId());
    }
    Set<String> present = run.users().stream().map(CleverUser::id).collect(Collectors.toSet());
    RunFacts facts = new RunFacts(index, present, run.scope());
    List<RunUser> users = rostered(run);
    List<Intent> intents = users.stream().map(u -> Intent.of(u, index)).toList();
    Decisions decisions = new Decisions(facts, KeyClaims.decide(intents, facts));
    List<Resolution> resolutions = intents.stream().map(decisions::decide).toList();
    return new RunResolution(
        run.districtId(),
        resolutions,
        indexUpdates(index, intents, resolutions),
        notRostered(run, users));
  }

  private static List<RunUser> rostered(MatchRun run) {
    return run.users().stream()
        .map(RunUser::of)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(RunUser::id))
        .toList();
  }

  private static List<String> notRostered(MatchRun run, List<RunUser> rostered) {
    Set<String> ids = rostered.stream().map(RunUser::id).collect(Collectors.toSet());
    return run.users().stream()
        .map(CleverUser::id)
        .filter(id -> !ids.contains(id))
        .sorted()
        .toList();
  }

  /** The index entries the run changes, in the order of the resolutions. */
  private static List<IndexUpdate> indexUpdates(
      IdentityIndex index, List<Intent> intents, List<Resolution> resolutions) {
    List<IndexUpdate> updates = new ArrayList<>();
    for (int i = 0; i < resolutions.size(); i++) {
      Resolution resolution = resolutions.get(i);
      IndexUpdate update =
          new IndexUpdate(
              resolution.accountId(),
              resolution.cleverUserId(),
              resolution.username(),
              intents.get(i).user().roles());
      if (!update.isNoOpFor(index.account(resolution.accountId()))) {
        updates.add(update);
      }
    }
    return updates;
  }
}
