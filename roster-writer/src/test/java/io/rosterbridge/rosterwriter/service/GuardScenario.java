package io.rosterbridge.rosterwriter.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A generated district and three runs of it: every record the district can hold (its universe), the
 * accounts imported by CSV before the first run (LEGACY) or around it (MANUAL admins), the
 * district's own guard thresholds (or none), and how each run draws from the universe and ends.
 */
record GuardScenario(
    Universe universe, Thresholds thresholds, RunPlan first, RunPlan second, RunPlan third) {

  /** Every record the district can hold; sections are drawn from {@code sectionSeed}. */
  record Universe(
      int schools,
      int terms,
      int courses,
      int teachers,
      int students,
      int legacy,
      int districtAdmins,
      int schoolAdmins,
      int sectionCount,
      long sectionSeed) {

    /** The sections: school, term, primary teacher (-1: none) and students, by index. */
    List<SectionPlan> sections() {
      Random random = new Random(sectionSeed);
      List<SectionPlan> sections = new ArrayList<>();
      for (int i = 0; i < sectionCount; i++) {
        int teacher = random.nextInt(teachers + 1) - 1;
        List<Integer> members = new ArrayList<>();
        int share = random.nextInt(100);
        for (int s = 0; s < students; s++) {
          if (random.nextInt(100) < share) {
            members.add(s);
          }
        }
        sections.add(
            new SectionPlan(random.nextInt(schools), random.nextInt(terms), teacher, members));
      }
      return sections;
    }
  }

  /** One section of the universe. */
  record SectionPlan(int school, int term, int teacher, List<Integer> students) {}

  /** A district's own deletion-guard thresholds. */
  record Thresholds(int maxPercent, int minRecords) {}

  /** How a run ends: as a complete run, with a record missing (incomplete), or failed upstream. */
  enum Fate {
    COMPLETE,
    INCOMPLETE,
    FAILED
  }

  /**
   * How a run draws from the universe: each record is left out with {@code dropPercent}, each
   * section member with {@code memberDropPercent}; each imported account is linked by a Clever user
   * with {@code linkPercent}; each user is renamed with {@code renamePercent}. Choices come from
   * {@code seed}.
   */
  record RunPlan(
      Fate fate,
      int dropPercent,
      int memberDropPercent,
      int linkPercent,
      int renamePercent,
      long seed) {}

  static Arbitrary<GuardScenario> scenarios() {
    return Combinators.combine(universes(), ownThresholds(), firstRuns(), nextRuns(), nextRuns())
        .as(GuardScenario::new);
  }

  private static Arbitrary<Universe> universes() {
    Arbitrary<int[]> records =
        Combinators.combine(
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 2),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, 45))
            .as(
                (schools, terms, courses, teachers, students) ->
                    new int[] {schools, terms, courses, teachers, students});
    Arbitrary<int[]> imported =
        Combinators.combine(
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2))
            .as(
                (legacy, districtAdmins, schoolAdmins) ->
                    new int[] {legacy, districtAdmins, schoolAdmins});
    return Combinators.combine(
            records, imported, Arbitraries.integers().between(0, 6), Arbitraries.longs())
        .as(
            (r, i, sections, seed) ->
                new Universe(r[0], r[1], r[2], r[3], r[4], i[0], i[1], i[2], sections, seed));
  }

  private static Arbitrary<Thresholds> ownThresholds() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 25))
        .as(Thresholds::new)
        .injectNull(0.5);
  }

  private static Arbitrary<RunPlan> firstRuns() {
    return plans(Arbitraries.of(0, 0, 0, 5, 30), Arbitraries.of(0, 50, 100));
  }

  private static Arbitrary<RunPlan> nextRuns() {
    return plans(Arbitraries.of(0, 5, 15, 40, 80, 100), Arbitraries.of(0, 50, 100));
  }

  private static Arbitrary<RunPlan> plans(Arbitrary<Integer> drops, Arbitrary<Integer> links) {
    Arbitrary<Fate> fates =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(Fate.COMPLETE)),
            Tuple.of(1, Arbitraries.just(Fate.INCOMPLETE)),
            Tuple.of(1, Arbitraries.just(Fate.FAILED)));
    return Combinators.combine(
            fates,
            drops,
            Arbitraries.of(0, 0, 10, 50),
            links,
            Arbitraries.of(0, 20),
            Arbitraries.longs())
        .as(RunPlan::new);
  }
}
