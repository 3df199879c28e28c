package io.rosterbridge.usermatcher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.usermatcher.identity.Scenarios.Night;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Order independence, replay and the identity invariant over random districts and runs. */
class ResolutionPropertiesTest {

  private final IdentityResolver resolver = new IdentityResolver();

  @Property
  void anyPermutationOfTheRunGivesTheSameResolution(
      @ForAll("districts") IdentityIndex index,
      @ForAll("runs") MatchRun run,
      @ForAll Random random) {
    List<CleverUser> shuffled = new ArrayList<>(run.users());
    Collections.shuffle(shuffled, random);

    RunResolution permuted =
        resolver.resolve(index, new MatchRun(run.districtId(), shuffled, run.scope()));

    assertThat(permuted).isEqualTo(resolver.resolve(index, run));
  }

  @Property
  void resolvingTheSameRunAgainstTheSameIndexIsIdentical(
      @ForAll("districts") IdentityIndex index, @ForAll("runs") MatchRun run) {
    assertThat(resolver.resolve(index, run)).isEqualTo(resolver.resolve(index, run));
  }

  @Property
  void replayingAnAppliedRunMakesNoNewLinkAndKeepsEveryUsername(
      @ForAll("districts") IdentityIndex index, @ForAll("runs") MatchRun run) {
    RunResolution first = resolver.resolve(index, run);

    RunResolution replay = resolver.resolve(index.apply(first.indexUpdates()), run);

    // The one change a replay may bring: a rename into a username another account renamed away
    // from in the first pass, which the design defers to the next run.
    Set<UsernameKey> freed =
        first.resolutions().stream()
            .filter(r -> r.outcome() == ResolutionOutcome.RENAMED && r.previousUsername() != null)
            .map(r -> UsernameKey.of(r.previousUsername()).orElseThrow())
            .collect(Collectors.toSet());
    for (int i = 0; i < first.resolutions().size(); i++) {
      Resolution before = first.resolutions().get(i);
      Resolution again = replay.resolutions().get(i);
      assertThat(again.accountId()).isEqualTo(before.accountId());
      if (Objects.equals(again.username(), before.username())) {
        assertThat(again.outcome()).isEqualTo(ResolutionOutcome.UNCHANGED);
      } else {
        assertThat(again.outcome()).isEqualTo(ResolutionOutcome.RENAMED);
        assertThat(freed).contains(again.username().key());
      }
    }
    if (freed.isEmpty()) {
      assertThat(replay.indexUpdates()).isEmpty();
      assertThat(placements(replay)).isEqualTo(placements(first));
    }
  }

  @Property
  void repeatedReplaysSettleAndThenRepeatExactly(
      @ForAll("districts") IdentityIndex index, @ForAll("runs") MatchRun run) {
    RunResolution result = resolver.resolve(index, run);
    for (int pass = 0; pass <= run.users().size() && !result.indexUpdates().isEmpty(); pass++) {
      index = index.apply(result.indexUpdates());
      result = resolver.resolve(index, run);
    }

    assertThat(result.indexUpdates()).isEmpty();
    assertThat(resolver.resolve(index.apply(result.indexUpdates()), run)).isEqualTo(result);
  }

  @Property(tries = 500)
  void afterAnySequenceOfRunsNoTwoActiveAccountsShareAUsernameOrACleverId(
      @ForAll("districts") IdentityIndex start,
      @ForAll("seeds") long seed,
      @ForAll @IntRange(min = 1, max = 8) int count) {
    IdentityIndex index = start;
    for (Night night : Scenarios.nights(new Random(seed), count)) {
      RunResolution result = resolver.resolve(index, night.run());
      result.resolutions().forEach(ResolutionPropertiesTest::collect);
      assertEveryRosteredUserHasItsOwnAccount(night.run(), result);
      assertNoStudentTookAStaffOrManualAccount(index, result);
      index = afterWriter(index, night, result);
      assertUnique(index);
    }
    checkEveryOutcomeAndReasonIsExercised();
  }

  private static void collect(Resolution r) {
    Statistics.label("outcome").collect(r.outcome());
    Statistics.label("reason").collect(r.conflict() == null ? "none" : r.conflict().reason());
  }

  private static void checkEveryOutcomeAndReasonIsExercised() {
    Statistics.label("outcome")
        .coverage(
            c ->
                Arrays.stream(ResolutionOutcome.values())
                    .forEach(o -> c.check(o).count(n -> n > 0)));
    // Several accounts sharing a key only come from legacy data, which these districts exclude.
    Statistics.label("reason")
        .coverage(
            c ->
                Arrays.stream(ConflictReason.values())
                    .filter(r -> r != ConflictReason.USERNAME_MATCHES_SEVERAL_ACCOUNTS)
                    .forEach(r -> c.check(r).count(n -> n > 0)));
  }

  private static List<Fixtures.Identity> placements(RunResolution result) {
    return Fixtures.identities(result).stream()
        .map(i -> new Fixtures.Identity(i.cleverUserId(), i.accountId(), i.username(), null))
        .toList();
  }

  private static void assertEveryRosteredUserHasItsOwnAccount(MatchRun run, RunResolution result) {
    Set<String> rostered =
        run.users().stream()
            .filter(u -> RunUser.of(u).isPresent())
            .map(CleverUser::id)
            .collect(Collectors.toSet());
    assertThat(result.resolutions())
        .extracting(Resolution::cleverUserId)
        .hasSameElementsAs(rostered);
    assertThat(result.resolutions()).extracting(Resolution::accountId).doesNotHaveDuplicates();
  }

  private static void assertNoStudentTookAStaffOrManualAccount(
      IdentityIndex before, RunResolution result) {
    for (Resolution r : result.resolutions()) {
      boolean takeover =
          r.outcome() == ResolutionOutcome.LINKED_EXISTING
              || r.outcome() == ResolutionOutcome.RELINKED;
      if (takeover && RunUser.of(r.user()).orElseThrow().isStudent()) {
        KnownAccount taken = before.account(r.accountId());
        assertThat(taken.isManual() || taken.hasManualRole() || taken.holdsStaffRole()).isFalse();
      }
    }
  }

  /** What the writer does after a run: apply it and, for a complete run, sweep the unseen. */
  private static IdentityIndex afterWriter(IdentityIndex index, Night night, RunResolution result) {
    IdentityIndex applied = index.apply(result.indexUpdates());
    if (night.run().scope() != RunScope.COMPLETE || !night.swept()) {
      return applied;
    }
    Set<String> seen =
        result.resolutions().stream().map(Resolution::accountId).collect(Collectors.toSet());
    List<KnownAccount> swept =
        applied.accounts().stream()
            .filter(a -> a.isActive() && a.source() != AccountSource.MANUAL)
            .filter(a -> !seen.contains(a.accountId()))
            .map(Fixtures::deleted)
            .toList();
    return applied.with(swept);
  }

  private static void assertUnique(IdentityIndex index) {
    List<KnownAccount> active = index.accounts().stream().filter(KnownAccount::isActive).toList();
    assertThat(keysOf(active, KnownAccount::key)).doesNotHaveDuplicates();
    assertThat(keysOf(active, KnownAccount::cleverUserId)).doesNotHaveDuplicates();
    // Stronger, by design: not even a soft-deleted account shares a key or a Clever id.
    assertThat(keysOf(index.accounts(), KnownAccount::key)).doesNotHaveDuplicates();
    assertThat(keysOf(index.accounts(), KnownAccount::cleverUserId)).doesNotHaveDuplicates();
  }

  private static <T> List<T> keysOf(List<KnownAccount> accounts, Function<KnownAccount, T> key) {
    return accounts.stream().map(key).filter(Objects::nonNull).toList();
  }

  @Provide
  Arbitrary<IdentityIndex> districts() {
    return Arbitraries.longs().map(seed -> evolved(new Random(seed)));
  }

  /** A starting index, sometimes after a few nights, so that runs meet linked accounts too. */
  private IdentityIndex evolved(Random random) {
    IdentityIndex index = Scenarios.startingIndex(random);
    for (Night night : Scenarios.nights(random, random.nextInt(4))) {
      index = afterWriter(index, night, resolver.resolve(index, night.run()));
    }
    return index;
  }

  @Provide
  Arbitrary<MatchRun> runs() {
    return Arbitraries.longs().map(seed -> Scenarios.run(new Random(seed)));
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
