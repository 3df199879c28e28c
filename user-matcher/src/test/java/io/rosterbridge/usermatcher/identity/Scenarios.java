package io.rosterbridge.usermatcher.identity;

import static io.rosterbridge.usermatcher.identity.Fixtures.DISTRICT;
import static io.rosterbridge.usermatcher.identity.Fixtures.role;
import static io.rosterbridge.usermatcher.identity.Fixtures.user;

import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.events.clever.CleverRole;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Random districts for property tests: few usernames and Clever ids so that they collide often,
 * written with case, width and white-space variants; users who come, go, rename and change roles.
 */
final class Scenarios {

  static final List<String> NAMES = List.of("jdoe", "kim", "robertd99", "tsmith", "pnguyen", "bwu");
  static final List<String> CLEVER_IDS = IntStream.range(0, 10).mapToObj(i -> "c-" + i).toList();
  private static final List<String> PADDING = List.of("", "", " ", "\u00A0", "\u3000", "\t");
  private static final List<String> UNUSABLE =
      Collections.unmodifiableList(Arrays.asList(null, "", "  ", "\u00A0\u202F"));

  private Scenarios() {}

  /** One night: the run, and whether the writer's sweep applied (the guard may hold it). */
  record Night(MatchRun run, boolean swept) {}

  /** A district's accounts before any sync: every username key held by at most one account. */
  static IdentityIndex startingIndex(Random random) {
    List<String> freeIds = new ArrayList<>(CLEVER_IDS);
    Collections.shuffle(freeIds, random);
    List<KnownAccount> accounts = new ArrayList<>();
    for (String name : NAMES) {
      if (random.nextInt(3) > 0) {
        accounts.add(account(random, "acct-" + accounts.size(), variant(random, name), freeIds));
      }
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      accounts.add(account(random, "acct-" + accounts.size(), null, freeIds));
    }
    return IdentityIndex.of(DISTRICT, accounts);
  }

  private static KnownAccount account(
      Random random, String accountId, String username, List<String> freeIds) {
    int kind = username == null ? 3 + random.nextInt(2) : random.nextInt(5);
    AccountSource source =
        kind < 2 ? AccountSource.LEGACY : kind == 2 ? AccountSource.MANUAL : AccountSource.CLEVER;
    String cleverUserId = kind >= 3 ? freeIds.remove(freeIds.size() - 1) : null;
    AccountStatus status = kind == 1 || kind == 4 ? AccountStatus.DELETED : AccountStatus.ACTIVE;
    List<AccountRole> roles =
        kind == 2
            ? List.of(new AccountRole(AccountRoleType.SCHOOL_ADMIN, null, RoleSource.MANUAL))
            : randomRoles(random);
    Username parsed = username == null ? null : Username.of(username);
    return new KnownAccount(accountId, cleverUserId, parsed, source, status, roles);
  }

  private static List<AccountRole> randomRoles(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> List.of();
      case 1 -> List.of(new AccountRole(AccountRoleType.STUDENT, null, RoleSource.CLEVER));
      default -> List.of(new AccountRole(AccountRoleType.TEACHER, null, RoleSource.CLEVER));
    };
  }

  /** A sequence of nights in which each Clever user keeps or changes its role and username. */
  static List<Night> nights(Random random, int count) {
    Map<String, CleverUser> profiles = new HashMap<>();
    CLEVER_IDS.forEach(id -> profiles.put(id, randomUser(random, id)));
    List<Night> nights = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      profiles.replaceAll((id, u) -> random.nextInt(4) == 0 ? randomUser(random, id) : u);
      List<CleverUser> present =
          CLEVER_IDS.stream().filter(id -> random.nextInt(10) < 7).map(profiles::get).toList();
      RunScope scope = random.nextBoolean() ? RunScope.COMPLETE : RunScope.PARTIAL;
      nights.add(new Night(new MatchRun(DISTRICT, present, scope), random.nextInt(4) > 0));
    }
    return nights;
  }

  /** One run of the pool's users, shuffled. */
  static MatchRun run(Random random) {
    List<CleverUser> users = new ArrayList<>(nights(random, 1).get(0).run().users());
    Collections.shuffle(users, random);
    RunScope scope = random.nextBoolean() ? RunScope.COMPLETE : RunScope.PARTIAL;
    return new MatchRun(DISTRICT, users, scope);
  }

  private static CleverUser randomUser(Random random, String id) {
    String username =
        random.nextInt(5) == 0
            ? UNUSABLE.get(random.nextInt(UNUSABLE.size()))
            : variant(random, NAMES.get(random.nextInt(NAMES.size())));
    return user(id, roles(random, username).toArray(CleverRole[]::new));
  }

  private static List<CleverRole> roles(Random random, String username) {
    return switch (random.nextInt(6)) {
      case 0, 1 -> List.of(role(CleverRoleType.STUDENT, username));
      case 2 -> List.of(role(CleverRoleType.TEACHER, username));
      case 3 -> List.of(role(CleverRoleType.STAFF, username));
      case 4 ->
          List.of(
              role(CleverRoleType.TEACHER, username),
              role(CleverRoleType.STAFF, variant(random, NAMES.get(random.nextInt(NAMES.size())))),
              role(CleverRoleType.DISTRICT_ADMIN, null));
      default -> List.of(role(CleverRoleType.CONTACT, null));
    };
  }

  /** The name in random case, maybe full-width, with random white space around it. */
  static String variant(Random random, String name) {
    StringBuilder text = new StringBuilder();
    boolean fullWidth = random.nextInt(6) == 0;
    for (char c : name.toCharArray()) {
      char cased = random.nextBoolean() ? Character.toUpperCase(c) : c;
      text.append(fullWidth ? (char) (cased + 0xFEE0) : cased);
    }
    return pad(random) + text + pad(random);
  }

  private static String pad(Random random) {
    return PADDING.get(random.nextInt(PADDING.size()));
  }
}
