package io.rosterbridge.cleverfetcher.support;

import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.config.DataSourceSpec;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.generate.DistrictGenerator;
import io.rosterbridge.cleversim.service.District;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The generated districts the tests read. Each test takes its own (a fresh seed), so that runs and
 * messages of one test never mix with another's; a few have their own page size.
 */
public final class TestDistricts {

  /** Page size of every district without its own. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The page cap of the tests. */
  public static final int MAX_PAGES = 300;

  /**
   * Seeds start at a number drawn once per test JVM, so that the runs an earlier JVM left on the
   * same broker never stand in for this one's.
   */
  private static final long SEED_BASE =
      java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000L, 1_000_000_000L) * 1_000;

  /** 25,000 users read 100 at a time. */
  public static final GeneratorSpec LARGE_SMALL_PAGES =
      GeneratorSpec.ofUsers(SEED_BASE + 1, 25_000);

  /** 25,000 users read 10,000 at a time. */
  public static final GeneratorSpec LARGE_LARGE_PAGES =
      GeneratorSpec.ofUsers(SEED_BASE + 2, 25_000);

  /** Read one record per page, so that its students exceed the page cap. */
  public static final GeneratorSpec BEYOND_PAGE_CAP = GeneratorSpec.ofUsers(SEED_BASE + 3, 400);

  /** Read with each role's users on one page, so that the third users page is the staff list. */
  public static final GeneratorSpec ONE_PAGE_PER_ROLE = GeneratorSpec.ofUsers(SEED_BASE + 4, 100);

  private static final AtomicLong NEXT_SEED = new AtomicLong(SEED_BASE + 100);

  /** A seed no other district of this JVM (or, almost surely, of an earlier one) uses. */
  public static long nextSeed() {
    return NEXT_SEED.getAndIncrement();
  }

  private TestDistricts() {}

  /** District id to page size, for the districts with their own. */
  public static Map<String, Integer> pageSizes() {
    return Map.of(
        idOf(LARGE_SMALL_PAGES),
        100,
        idOf(LARGE_LARGE_PAGES),
        10_000,
        idOf(BEYOND_PAGE_CAP),
        1,
        idOf(ONE_PAGE_PER_ROLE),
        10_000);
  }

  /** The Clever id a spec generates. */
  public static String idOf(GeneratorSpec spec) {
    return DistrictGenerator.generate(spec).districtId();
  }

  /** Connects the district of a spec in the simulator (once) and returns it. */
  public static synchronized District connect(CleverSimulator clever, GeneratorSpec spec) {
    String id = idOf(spec);
    return clever
        .districts()
        .byId(id)
        .orElseGet(() -> clever.districts().add(DataSourceSpec.generated(spec)));
  }

  /** Connects a fresh small district of about {@code users} users. */
  public static District fresh(CleverSimulator clever, int users) {
    return connect(clever, GeneratorSpec.ofUsers(NEXT_SEED.getAndIncrement(), users));
  }
}
