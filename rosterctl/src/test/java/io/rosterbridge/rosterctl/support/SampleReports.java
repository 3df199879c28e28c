package io.rosterbridge.rosterctl.support;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.HeldDeletions;
import io.rosterbridge.events.report.LicenceUse;
import io.rosterbridge.events.report.OnboardingAnswers;
import io.rosterbridge.events.report.ReportedConflict;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.report.StageTiming;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Run reports as the roster-writer writes them, for the tests to print. */
public final class SampleReports {

  public static final Instant STARTED = Instant.parse("2025-03-04T08:00:00Z");
  public static final Instant FINISHED = Instant.parse("2025-03-04T08:00:24.320Z");

  private SampleReports() {}

  /** A completed full run with conflicts, an over-used licence and timings. */
  public static RunReport completed(String runId, String districtId) {
    return report(runId, districtId, SyncMode.FULL, RunState.COMPLETED, List.of(), null);
  }

  /** A run whose user deletions the guard held. */
  public static RunReport held(String runId, String districtId) {
    HeldDeletions users =
        new HeldDeletions(
            EntityType.USER,
            130,
            1_200,
            List.of("5f1a00000000000000000001", "5f1a00000000000000000002", "5f1a0003", "5f1a04"));
    return report(runId, districtId, SyncMode.FULL, RunState.HELD, List.of(users), null);
  }

  /** A first connection's preview, with its onboarding answers. */
  public static RunReport preview(String runId, String districtId) {
    OnboardingAnswers answers =
        new OnboardingAnswers(1_230, 1_200, 30, false, 1_100, 130, Map.of(EntityType.USER, 130L));
    return report(runId, districtId, SyncMode.PREVIEW, RunState.COMPLETED, List.of(), answers);
  }

  private static RunReport report(
      String runId,
      String districtId,
      SyncMode mode,
      RunState state,
      List<HeldDeletions> held,
      OnboardingAnswers onboarding) {
    boolean isHeld = !held.isEmpty();
    return new RunReport(
        runId,
        districtId,
        SyncTrigger.MANUAL,
        mode,
        state,
        STARTED,
        FINISHED,
        Map.of(
            EntityType.SCHOOL, new EntityCounts(2, 0, 3, 0, 0, 0),
            EntityType.SECTION, new EntityCounts(12, 3, 180, 1, 4, 0),
            EntityType.USER, new EntityCounts(250, 17, 3_120, 2, isHeld ? 0 : 6, isHeld ? 130 : 0),
            EntityType.ENROLLMENT, new EntityCounts(1_410, 0, 21_873, 5, 39, 0)),
        List.of(
            new ReportedConflict(
                "5f1b00000000000000000007",
                null,
                ConflictReason.DUPLICATE_USERNAME_IN_RUN,
                "2 Clever users share the username jdoe"),
            new ReportedConflict(
                "5f1b00000000000000000009",
                "acc-77",
                ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN,
                "student username principal matches an imported admin")),
        held,
        new LicenceUse(
            3_000L, 3_150, null, 220, List.of("3,150 active students exceed 3,000 seats")),
        List.of(
            new StageTiming("fetch", 12_345),
            new StageTiming("match", 3_210),
            new StageTiming("write", 8_765)),
        onboarding,
        List.of(),
        null);
  }
}
