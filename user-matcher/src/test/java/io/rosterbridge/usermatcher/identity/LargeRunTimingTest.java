package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.usermatcher.identity.Fixtures.DISTRICT;
import static io.rosterbridge.usermatcher.identity.Fixtures.deleted;
import static io.rosterbridge.usermatcher.identity.Fixtures.legacy;
import static io.rosterbridge.usermatcher.identity.Fixtures.linked;
import static io.rosterbridge.usermatcher.identity.Fixtures.manualAdmin;
import static io.rosterbridge.usermatcher.identity.Fixtures.student;
import static io.rosterbridge.usermatcher.identity.Fixtures.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.identity.ResolutionOutcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Measures a 100,000-user run against a 100,000-account index (target under 20 s). It prints the
 * time and checks only the counts: timing depends on the machine and is not a pass criterion.
 */
class LargeRunTimingTest {

  @Test
  void resolvesAHundredThousandUserRunAgainstAHundredThousandAccounts() {
    List<KnownAccount> accounts = accounts();
    List<CleverUser> users = users();

    for (String pass : List.of("cold", "warm")) {
      long start = System.nanoTime();
      IdentityIndex index = IdentityIndex.of(DISTRICT, accounts);
      long indexed = System.nanoTime();
      RunResolution result =
          new IdentityResolver().resolve(index, MatchRun.complete(DISTRICT, users));
      long resolved = System.nanoTime();
      System.out.printf(
          "identity %s pass: %,d users against %,d accounts: index %d ms, resolve %d ms, total %d ms%n",
          pass,
          users.size(),
          accounts.size(),
          (indexed - start) / 1_000_000,
          (resolved - indexed) / 1_000_000,
          (resolved - start) / 1_000_000);
      assertThat(countByOutcome(result)).isEqualTo(expectedCounts());
    }
  }

  private static List<KnownAccount> accounts() {
    List<KnownAccount> accounts = new ArrayList<>(100_000);
    range(
        70_000, i -> linked("a-" + i, cleverId(i), "user" + i, AccountRoleType.TEACHER), accounts);
    range(20_000, i -> legacy("l-" + i, "Legacy" + i), accounts);
    range(5_000, i -> manualAdmin("m-" + i, "admin" + i), accounts);
    range(5_000, i -> deleted(linked("g-" + i, "gone-" + i, "gone" + i)), accounts);
    return accounts;
  }

  private static List<CleverUser> users() {
    List<CleverUser> users = new ArrayList<>(100_000);
    range(65_000, i -> teacher(cleverId(i), "user" + i), users);
    range(3_000, i -> teacher(cleverId(65_000 + i), "renamed" + i), users);
    range(20_000, i -> teacher("new-l-" + i, "legacy" + i + " "), users);
    range(1_000, i -> teacher("new-mt-" + i, "ADMIN" + i), users);
    range(1_000, i -> student("new-ms-" + i, "admin" + (1_000 + i)), users);
    range(2_000, i -> student("new-dup-" + i, "dup" + i / 2), users);
    range(3_000, i -> student("new-none-" + i, i % 2 == 0 ? "" : null), users);
    range(3_000, i -> teacher("new-g-" + i, "gone" + i), users);
    range(2_000, i -> student("new-f-" + i, "fresh" + i), users);
    return users;
  }

  private static Map<ResolutionOutcome, Long> expectedCounts() {
    Map<ResolutionOutcome, Long> expected = new EnumMap<>(ResolutionOutcome.class);
    expected.put(ResolutionOutcome.UNCHANGED, 65_000L);
    expected.put(ResolutionOutcome.RENAMED, 3_000L);
    expected.put(ResolutionOutcome.LINKED_EXISTING, 21_000L);
    expected.put(ResolutionOutcome.CONFLICT, 1_000L);
    expected.put(ResolutionOutcome.CREATED, 7_000L);
    expected.put(ResolutionOutcome.RELINKED, 3_000L);
    return expected;
  }

  private static Map<ResolutionOutcome, Long> countByOutcome(RunResolution result) {
    Map<ResolutionOutcome, Long> counts = new EnumMap<>(ResolutionOutcome.class);
    result.resolutions().forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
    return counts;
  }

  private static String cleverId(int i) {
    return String.format("c-%06d", i);
  }

  private static <T> void range(int count, IntFunction<T> make, List<T> into) {
    IntStream.range(0, count).mapToObj(make).forEach(into::add);
  }
}
