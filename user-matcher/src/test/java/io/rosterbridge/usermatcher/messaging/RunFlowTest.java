package io.rosterbridge.usermatcher.messaging;

import static io.rosterbridge.usermatcher.fixtures.ChangesTopic.only;
import static io.rosterbridge.usermatcher.fixtures.ChangesTopic.types;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.contact;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.student;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.run.SectionFetched;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.entity.RunStatus;
import io.rosterbridge.usermatcher.fixtures.Accounts;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic.Change;
import io.rosterbridge.usermatcher.fixtures.MatcherState;
import io.rosterbridge.usermatcher.fixtures.RunScript;
import io.rosterbridge.usermatcher.fixtures.StatusTopic;
import io.rosterbridge.usermatcher.identity.IdentityIndex;
import io.rosterbridge.usermatcher.identity.IdentityResolver;
import io.rosterbridge.usermatcher.identity.KnownAccount;
import io.rosterbridge.usermatcher.identity.MatchRun;
import io.rosterbridge.usermatcher.identity.Username;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Whole runs through real Kafka and PostgreSQL: {@code clever.records} in, {@code roster.changes}
 * out.
 */
@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class RunFlowTest {

  private static final List<CleverUser> USERS =
      List.of(
          teacher("c-jdoe", "jdoe "),
          student("c-tsmith", "tsmith"),
          student("c-rob1", "robertd99"),
          student("c-rob2", "RobertD99"),
          contact("c-parent"));

  @Inject MatcherState state;

  private final String district = "d-" + UUID.randomUUID();
  private final AccountChanged legacy = Accounts.legacy(district, "acc-jdoe-" + district, "JDoe");
  private final AccountChanged admin =
      Accounts.manualAdmin(district, "acc-tsmith-" + district, "tsmith");

  private RunScript issueRun(SyncMode mode) {
    return RunScript.of(district, mode)
        .school("school-1")
        .section("section-1", "school-1", "c-jdoe", "c-tsmith", "c-rob1", "c-rob2")
        .users(USERS.toArray(CleverUser[]::new));
  }

  @Test
  void resolvesAWholeRunInOrderAndRecordsTheIndex() {
    state.feed(district, legacy, admin);
    List<KnownAccount> before = state.index(district);
    RunScript run = issueRun(SyncMode.FULL);
    RunScript.send(run.whole());

    List<Change> changes = ChangesTopic.await(district, 8);

    assertThat(types(changes))
        .containsExactly(
            RunStarted.class,
            SchoolFetched.class,
            SectionFetched.class,
            UserResolved.class,
            UserResolved.class,
            UserResolved.class,
            UserResolved.class,
            RunResolved.class);
    assertThat(ChangesTopic.messages(changes).subList(0, 3))
        .containsExactly(run.started(), run.records().get(0), run.records().get(1));
    List<UserResolved> resolved = only(changes, UserResolved.class);
    assertThat(resolved)
        .extracting(
            r -> r.user().id(),
            UserResolved::outcome,
            UserResolved::username,
            r -> r.conflict() == null ? null : r.conflict().reason())
        .containsExactly(
            tuple("c-jdoe", ResolutionOutcome.LINKED_EXISTING, "jdoe", null),
            tuple(
                "c-rob1",
                ResolutionOutcome.CREATED,
                null,
                ConflictReason.DUPLICATE_USERNAME_IN_RUN),
            tuple(
                "c-rob2",
                ResolutionOutcome.CREATED,
                null,
                ConflictReason.DUPLICATE_USERNAME_IN_RUN),
            tuple(
                "c-tsmith",
                ResolutionOutcome.CONFLICT,
                null,
                ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN));
    assertThat(resolved.get(0).accountId()).isEqualTo(legacy.accountId());
    // Exactly what the core decides for the same index and run: the service adds nothing.
    assertThat(resolved)
        .isEqualTo(
            new IdentityResolver()
                .resolve(IdentityIndex.of(district, before), MatchRun.complete(district, USERS))
                .toEvents(run.runId()));
    RunResolved closed = only(changes, RunResolved.class).get(0);
    assertThat(closed)
        .usingRecursiveComparison()
        .ignoringFields("resolvedAt")
        .isEqualTo(
            new RunResolved(
                run.runId(),
                district,
                Map.of(EntityType.SCHOOL, 1L, EntityType.SECTION, 1L, EntityType.USER, 5L),
                false,
                3,
                null));
    assertThat(state.index(district))
        .containsExactlyInAnyOrderElementsOf(expectedIndexAfter(resolved));
    assertThat(state.run(run.runId()).orElseThrow())
        .extracting(r -> r.status, r -> r.resolvedUsers, r -> r.notRostered, r -> r.conflicts)
        .containsExactly(RunStatus.RESOLVED, 4, 1, 3L);
    assertThat(state.buffered(run.runId())).isZero();
  }

  private List<KnownAccount> expectedIndexAfter(List<UserResolved> resolved) {
    AccountRole teacherRole = new AccountRole(AccountRoleType.TEACHER, null, RoleSource.CLEVER);
    AccountRole studentRole = new AccountRole(AccountRoleType.STUDENT, null, RoleSource.CLEVER);
    return List.of(
        new KnownAccount(
            legacy.accountId(),
            "c-jdoe",
            Username.of("jdoe"),
            AccountSource.LEGACY,
            AccountStatus.ACTIVE,
            List.of(teacherRole)),
        KnownAccount.from(admin),
        created(resolved.get(1), studentRole),
        created(resolved.get(2), studentRole),
        created(resolved.get(3), studentRole));
  }

  private static KnownAccount created(UserResolved resolved, AccountRole role) {
    return new KnownAccount(
        resolved.accountId(),
        resolved.user().id(),
        null,
        AccountSource.CLEVER,
        AccountStatus.ACTIVE,
        List.of(role));
  }

  @Test
  void anIncrementalRunThatRemovesAUserCountsTheRemovalAndPassesItOn() {
    RunScript full = issueRun(SyncMode.FULL);
    RunScript.send(full.whole());
    ChangesTopic.await(district, 8);
    RunScript night =
        RunScript.of(district, SyncMode.INCREMENTAL)
            .users(student("c-tsmith", "tsmith2"))
            .removedUser("c-rob1");
    RunScript.send(night.whole());

    List<Change> changes = ChangesTopic.await(district, 8 + 4);

    List<Change> nightly = changes.subList(8, changes.size());
    assertThat(types(nightly))
        .containsExactly(
            RunStarted.class, RecordRemoved.class, UserResolved.class, RunResolved.class);
    assertThat(ChangesTopic.messages(nightly).get(1))
        .isEqualTo(new RecordRemoved(night.runId(), district, EntityType.USER, "c-rob1"));
    assertThat(only(nightly, UserResolved.class).get(0).username()).isEqualTo("tsmith2");
  }

  @Test
  void theMatchStageReportsRunningAndThenTheUsersItResolved() {
    state.feed(district, legacy, admin);
    RunScript run = issueRun(SyncMode.FULL);
    RunScript.send(run.whole());

    assertThat(matchProgress(run))
        .containsExactly(
            tuple(RunStage.MATCH, RunState.RUNNING, Map.of()),
            tuple(RunStage.MATCH, RunState.COMPLETED, Map.of(EntityType.USER, 4L)));
  }

  @Test
  void aRunTheMatcherCannotResolveReportsTheMatchStageFailed() {
    RunScript run =
        RunScript.of(district, SyncMode.FULL).users(teacher("c-jdoe", "jdoe")).countUser();
    RunScript.send(run.whole());

    assertThat(matchProgress(run))
        .containsExactly(
            tuple(RunStage.MATCH, RunState.RUNNING, Map.of()),
            tuple(RunStage.MATCH, RunState.FAILED, Map.of()));
    assertThat(only(ChangesTopic.await(district, 2), RunFailed.class))
        .extracting(RunFailed::reason)
        .containsExactly(RunFailureReason.INCOMPLETE_RUN);
  }

  /** Stage, state and records of the run's first two progress messages. */
  private List<Tuple> matchProgress(RunScript run) {
    return StatusTopic.await(district, run.runId(), 2).stream()
        .map(p -> tuple(p.stage(), p.state(), p.records()))
        .toList();
  }

  @Test
  void aRedeliveredRunRepublishesTheStoredResolutionsAndMintsNothing() {
    state.feed(district, legacy, admin);
    RunScript run = issueRun(SyncMode.FULL);
    RunScript.send(run.whole());
    List<Change> first = ChangesTopic.await(district, 8);
    List<KnownAccount> indexAfterFirst = state.index(district);

    RunScript.send(run.whole());
    List<Change> both = ChangesTopic.await(district, 16);

    assertThat(both).hasSize(16);
    assertThat(ChangesTopic.messages(both.subList(8, 16)))
        .containsExactlyElementsOf(ChangesTopic.messages(first));
    // The matcher's own events keep their ce_id, so consumers can recognise the copies.
    assertThat(both.subList(11, 16))
        .extracting(Change::eventId)
        .containsExactlyElementsOf(first.subList(3, 8).stream().map(Change::eventId).toList())
        .doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(state.index(district)).isEqualTo(indexAfterFirst).hasSize(5);
  }

  @Test
  void aPreviewRunPublishesItsResolutionsButLeavesTheIndexUnchanged() {
    state.feed(district, legacy);
    List<KnownAccount> before = state.index(district);
    List<CleverUser> users = List.of(teacher("c-jdoe", "jdoe"), student("c-new", "newkid"));
    RunScript preview =
        RunScript.of(district, SyncMode.PREVIEW).users(users.toArray(CleverUser[]::new));
    RunScript.send(preview.whole());

    List<Change> changes = ChangesTopic.await(district, 4);

    assertThat(types(changes))
        .containsExactly(
            RunStarted.class, UserResolved.class, UserResolved.class, RunResolved.class);
    List<UserResolved> previewed = only(changes, UserResolved.class);
    assertThat(previewed)
        .extracting(r -> r.user().id(), UserResolved::outcome, UserResolved::username)
        .containsExactly(
            tuple("c-jdoe", ResolutionOutcome.LINKED_EXISTING, "jdoe"),
            tuple("c-new", ResolutionOutcome.CREATED, "newkid"));
    assertThat(state.index(district)).isEqualTo(before);

    RunScript full = RunScript.of(district, SyncMode.FULL).users(users.toArray(CleverUser[]::new));
    RunScript.send(full.whole());
    List<UserResolved> applied = only(ChangesTopic.await(district, 8), UserResolved.class);
    // The preview predicted the real run exactly, new account ids included.
    assertThat(applied.subList(2, 4))
        .extracting(UserResolved::accountId, UserResolved::outcome, UserResolved::username)
        .containsExactlyElementsOf(
            previewed.stream().map(r -> tuple(r.accountId(), r.outcome(), r.username())).toList());
    assertThat(state.index(district)).hasSize(2).isNotEqualTo(before);
  }

  @Test
  void runFailedPassesThroughAndNothingIsResolved() {
    state.feed(district, legacy);
    List<KnownAccount> before = state.index(district);
    RunScript run =
        RunScript.of(district, SyncMode.FULL)
            .school("school-1")
            .users(teacher("c-jdoe", "jdoe"), student("c-new", "newkid"));
    List<CleverRecordsMessage> sent = run.opening();
    sent.add(run.failed());
    RunScript.send(sent);

    List<Change> changes = ChangesTopic.await(district, 3);

    assertThat(ChangesTopic.messages(changes))
        .containsExactly(run.started(), run.records().get(0), run.failed());
    assertThat(changes.get(2).message()).isInstanceOf(RunFailed.class);
    assertThat(state.run(run.runId()).orElseThrow())
        .extracting(r -> r.status, r -> r.resolvedUsers, r -> r.failureReason)
        .containsExactly(RunStatus.FAILED, null, run.failed().reason());
    assertThat(state.buffered(run.runId())).isZero();
    assertThat(state.index(district)).isEqualTo(before);
  }
}
