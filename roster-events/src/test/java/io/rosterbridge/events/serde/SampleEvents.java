package io.rosterbridge.events.serde;

import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.events.clever.CleverCourse;
import io.rosterbridge.events.clever.CleverDistrict;
import io.rosterbridge.events.clever.CleverName;
import io.rosterbridge.events.clever.CleverRole;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverSchool;
import io.rosterbridge.events.clever.CleverSection;
import io.rosterbridge.events.clever.CleverTerm;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.identity.Conflict;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.HeldDeletions;
import io.rosterbridge.events.report.LicenceUse;
import io.rosterbridge.events.report.OnboardingAnswers;
import io.rosterbridge.events.report.ReportedConflict;
import io.rosterbridge.events.report.RunCompleted;
import io.rosterbridge.events.report.RunHeld;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.report.StageTiming;
import io.rosterbridge.events.run.CourseFetched;
import io.rosterbridge.events.run.DistrictFetched;
import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.run.SectionFetched;
import io.rosterbridge.events.run.TermFetched;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One fully populated instance of every event type, for round-trip tests. */
final class SampleEvents {

  static final String RUN = "0b6f3c0e-6f1c-4a57-a3a4-3f0f8f2d8c11";
  static final String DISTRICT = "5a0c91b95c7cc000010d417c";
  static final Instant AT = Instant.parse("2026-09-01T07:00:00.123Z");

  private SampleEvents() {}

  static List<RosterEvent> all() {
    CleverUser user = user();
    RunReport report = report();
    return List.of(
        new SyncRequested(
            "cmd-1", DISTRICT, SyncTrigger.MANUAL, SyncMode.FULL, "support@example", AT),
        new RunProgress(
            RUN,
            DISTRICT,
            "cmd-1",
            RunStage.FETCH,
            RunState.RUNNING,
            Map.of(EntityType.USER, 42L),
            AT),
        new RunStarted(RUN, DISTRICT, "cmd-1", SyncTrigger.NIGHTLY, SyncMode.FULL, "cronjob", AT),
        new DistrictFetched(
            RUN, DISTRICT, new CleverDistrict(DISTRICT, "Demo District", "success", "2026-08-31")),
        new SchoolFetched(
            RUN,
            DISTRICT,
            new CleverSchool(
                "s1", "Élan High", "17", "100", "9", "12", "2026-01-01T00:00:00.000Z")),
        new TermFetched(
            RUN, DISTRICT, new CleverTerm("t1", "Fall 2026", "2026-08-20", "2026-12-20")),
        new CourseFetched(RUN, DISTRICT, new CleverCourse("c1", "Keyboarding", "KB-1")),
        new SectionFetched(RUN, DISTRICT, section()),
        new UserFetched(RUN, DISTRICT, user),
        new RecordRemoved(RUN, DISTRICT, EntityType.SECTION, "sec-9"),
        new RunFetched(
            RUN, DISTRICT, Map.of(EntityType.USER, 1L, EntityType.SECTION, 1L), false, AT),
        new RunFailed(
            RUN,
            DISTRICT,
            RunStage.FETCH,
            RunFailureReason.RATE_LIMITED,
            "429 after 6 retries",
            AT),
        new UserResolved(
            RUN,
            DISTRICT,
            user,
            "acc-1",
            "JDoe",
            "jdoe",
            ResolutionOutcome.RENAMED,
            new Conflict(ConflictReason.RENAME_BLOCKED, "kept jdoe"),
            "jdoe.old",
            "c-old"),
        new RunResolved(RUN, DISTRICT, Map.of(EntityType.USER, 1L), true, 3L, AT),
        new AccountChanged(
            "acc-1",
            DISTRICT,
            "c-640",
            "JDoe",
            "jdoe",
            AccountSource.CLEVER,
            AccountStatus.ACTIVE,
            List.of(
                new AccountRole(AccountRoleType.TEACHER, "s1", RoleSource.CLEVER),
                new AccountRole(AccountRoleType.DISTRICT_ADMIN, null, RoleSource.MANUAL)),
            7L,
            AT),
        new RunCompleted(RUN, DISTRICT, report),
        new RunHeld(RUN, DISTRICT, report));
  }

  private static CleverSection section() {
    return new CleverSection(
        "sec-1",
        "s1",
        "Keyboarding - Lee - 2",
        "2",
        "technology and engineering",
        "9",
        "t1",
        "c1",
        "c-640",
        List.of("c-640", "c-641"),
        List.of("c-1", "c-2"),
        "2026-01-01T00:00:00.000Z");
  }

  private static CleverUser user() {
    return new CleverUser(
        "c-640",
        new CleverName("Jo", null, "Doe"),
        List.of(
            new CleverRole(CleverRoleType.TEACHER, "s1", List.of("s1", "s2"), "JDoe ", "47", null),
            new CleverRole(CleverRoleType.STAFF, null, List.of("s1"), "", null, null)),
        "2026-01-01T00:00:00.000Z");
  }

  private static RunReport report() {
    return new RunReport(
        RUN,
        DISTRICT,
        SyncTrigger.ONBOARDING,
        SyncMode.PREVIEW,
        RunState.HELD,
        AT,
        AT.plusSeconds(9),
        Map.of(
            EntityType.USER,
            new EntityCounts(1, 2, 3, 4, 5, 6),
            EntityType.ENROLLMENT,
            EntityCounts.NONE),
        List.of(
            new ReportedConflict(
                "c-2",
                "acc-2",
                ConflictReason.DUPLICATE_USERNAME_IN_RUN,
                "two users share robertd99")),
        List.of(new HeldDeletions(EntityType.ENROLLMENT, 970, 1000, List.of("e1", "e2"))),
        new LicenceUse(500L, 501, null, 20, List.of("501 active students for 500 seats")),
        List.of(new StageTiming("FETCH", 1200), new StageTiming("WRITE", 800)),
        new OnboardingAnswers(120, 100, 20, true, 95, 5, Map.of(EntityType.USER, 5L)),
        List.of("first connection"),
        null);
  }
}
