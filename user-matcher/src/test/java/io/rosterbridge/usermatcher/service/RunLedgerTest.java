package io.rosterbridge.usermatcher.service;

import static io.rosterbridge.usermatcher.fixtures.CleverUsers.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.entity.RunStatus;
import io.rosterbridge.usermatcher.fixtures.MatcherState;
import io.rosterbridge.usermatcher.fixtures.RunScript;
import io.rosterbridge.usermatcher.repository.RunUserRepository;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The run bookkeeping on its own: re-delivery, closed runs and abandoned runs. */
@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class RunLedgerTest {

  @Inject RunLedger ledger;
  @Inject RunResolver resolver;
  @Inject RunUserRepository users;
  @Inject MatcherState state;

  private final String district = "d-" + UUID.randomUUID();

  @Test
  void aRedeliveredUserIsBufferedOnceAndTheLastCopyWins() {
    RunScript run = RunScript.of(district, SyncMode.FULL);
    ledger.started(run.started());
    CleverUser renamed = teacher("c-1", "ada.l");

    ledger.buffer(new UserFetched(run.runId(), district, teacher("c-1", "ada")));
    ledger.buffer(new UserFetched(run.runId(), district, teacher("c-1", "ada")));
    ledger.buffer(new UserFetched(run.runId(), district, renamed));

    assertThat(QuarkusTransaction.requiringNew().call(() -> users.load(run.runId())))
        .containsExactly(renamed);
  }

  @Test
  void aUserOfAResolvedRunIsIgnored() {
    RunScript run = RunScript.of(district, SyncMode.FULL).users(teacher("c-1", "ada"));
    ledger.started(run.started());
    ledger.buffer((UserFetched) run.records().get(0));
    resolver.close(run.fetched());

    boolean buffered = ledger.buffer(new UserFetched(run.runId(), district, teacher("c-2", "bo")));

    assertThat(buffered).isFalse();
    assertThat(state.buffered(run.runId())).isZero();
    assertThat(state.run(run.runId()).orElseThrow().status).isEqualTo(RunStatus.RESOLVED);
  }

  @Test
  void usersBufferedTogetherKeepTheLastCopyAndSkipClosedRuns() {
    RunScript open = RunScript.of(district, SyncMode.FULL);
    ledger.started(open.started());
    // Another district's run, so that starting it does not abandon the first.
    String other = district + "-other";
    RunScript resolved = RunScript.of(other, SyncMode.FULL).users(teacher("c-9", "zed"));
    ledger.started(resolved.started());
    ledger.buffer((UserFetched) resolved.records().get(0));
    resolver.close(resolved.fetched());
    CleverUser renamed = teacher("c-1", "ada.l");

    int buffered =
        ledger.bufferAll(
            java.util.List.of(
                new UserFetched(open.runId(), district, teacher("c-1", "ada")),
                new UserFetched(resolved.runId(), other, teacher("c-8", "late")),
                new UserFetched(open.runId(), district, teacher("c-2", "bo")),
                new UserFetched(open.runId(), district, renamed)));

    assertThat(buffered).isEqualTo(3);
    assertThat(QuarkusTransaction.requiringNew().call(() -> users.load(open.runId())))
        .containsExactlyInAnyOrder(renamed, teacher("c-2", "bo"));
    assertThat(state.buffered(resolved.runId())).isZero();
  }

  @Test
  void aRunThatNeverClosedIsAbandonedWhenTheDistrictsNextRunStarts() {
    RunScript stuck = RunScript.of(district, SyncMode.FULL).users(teacher("c-1", "ada"));
    ledger.started(stuck.started());
    ledger.buffer((UserFetched) stuck.records().get(0));

    ledger.started(RunScript.of(district, SyncMode.FULL).started());

    assertThat(state.run(stuck.runId()).orElseThrow().status).isEqualTo(RunStatus.ABANDONED);
    assertThat(state.buffered(stuck.runId())).isZero();
  }

  @Test
  void aRunFetchedWithoutItsRunStartedFailsTheRun() {
    RunScript orphan = RunScript.of(district, SyncMode.FULL).users(teacher("c-1", "ada"));
    ledger.buffer((UserFetched) orphan.records().get(0));

    resolver.close(orphan.fetched());

    assertThat(state.run(orphan.runId()).orElseThrow())
        .extracting(r -> r.status, r -> r.failureMessage)
        .containsExactly(
            RunStatus.FAILED,
            "the run's RunStarted never reached the matcher; nothing was resolved");
    assertThat(state.buffered(orphan.runId())).isZero();
  }
}
