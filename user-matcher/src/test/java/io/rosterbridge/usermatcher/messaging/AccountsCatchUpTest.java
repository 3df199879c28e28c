package io.rosterbridge.usermatcher.messaging;

import static io.rosterbridge.usermatcher.fixtures.ChangesTopic.only;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.student;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.testsupport.KafkaTestClient;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.entity.MatcherRun;
import io.rosterbridge.usermatcher.entity.RunStatus;
import io.rosterbridge.usermatcher.fixtures.Accounts;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic.Change;
import io.rosterbridge.usermatcher.fixtures.MatcherState;
import io.rosterbridge.usermatcher.fixtures.RunScript;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An account the writer published just before a run closes takes part in that run: the run waits
 * for the index to read {@code roster.accounts} (its consumer paused here to hold the account
 * back), and fails rather than create a second account when the index stays behind.
 */
@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class AccountsCatchUpTest {

  /** The catch-up wait the test profile sets (matcher.accounts-catch-up-timeout). */
  private static final Duration CATCH_UP = Duration.ofSeconds(20);

  @Inject MatcherState state;
  @Inject ChannelRegistry channels;

  private final String district = "d-" + UUID.randomUUID();
  private final AccountChanged imported = Accounts.legacy(district, "acc-jdoe-" + district, "jdoe");
  private PausableChannel accounts;

  @BeforeEach
  void holdBackAccounts() {
    // An account read first proves the consumer is assigned before it is paused.
    state.feed(district, Accounts.legacy(district, "acc-first-" + district, "first.one"));
    accounts = channels.getPausable(AccountsConsumer.CHANNEL);
    accounts.pause();
  }

  @AfterEach
  void resumeAccounts() {
    accounts.resume();
  }

  private RunScript run() {
    return RunScript.of(district, SyncMode.FULL)
        .school("school-1")
        .section("section-1", "school-1", "c-jdoe", "c-amy")
        .users(teacher("c-jdoe", "jdoe"), student("c-amy", "amy"));
  }

  @Test
  void aRunWaitsForAnAccountPublishedBeforeItClosedAndLinksIt() throws InterruptedException {
    KafkaTestClient.send(Topics.ROSTER_ACCOUNTS, imported.accountId(), imported);
    RunScript run = run();
    RunScript.send(run.whole());

    Thread.sleep(3_000);
    assertThat(state.run(run.runId()).filter(MatcherRun::isClosed)).isEmpty();
    accounts.resume();

    List<Change> changes = ChangesTopic.await(district, 6);
    List<UserResolved> resolved = only(changes, UserResolved.class);
    assertThat(resolved)
        .extracting(r -> r.user().id(), UserResolved::outcome)
        .containsExactly(
            tuple("c-amy", ResolutionOutcome.CREATED),
            tuple("c-jdoe", ResolutionOutcome.LINKED_EXISTING));
    assertThat(resolved.get(1).accountId()).isEqualTo(imported.accountId());
    assertThat(state.run(run.runId()).orElseThrow().status).isEqualTo(RunStatus.RESOLVED);
  }

  @Test
  void aRunWhoseIndexStaysBehindFailsWithoutCreatingAccountsAndTheNextRunLinks() {
    KafkaTestClient.send(Topics.ROSTER_ACCOUNTS, imported.accountId(), imported);
    RunScript behind = run();
    RunScript.send(behind.whole());

    Awaitility.await()
        .atMost(CATCH_UP.plus(ChangesTopic.WAIT))
        .until(() -> state.run(behind.runId()).filter(MatcherRun::isClosed).isPresent());
    MatcherRun failed = state.run(behind.runId()).orElseThrow();
    assertThat(failed.status).isEqualTo(RunStatus.FAILED);
    assertThat(failed.failureReason).isEqualTo(RunFailureReason.INTERNAL_ERROR);
    assertThat(failed.failureMessage)
        .isEqualTo(
            "the identity index had not read 1 account(s) on roster.accounts after waiting PT20S;"
                + " nothing was resolved, so no account is created twice; sync again");
    List<Change> changes = ChangesTopic.await(district, 4);
    assertThat(only(changes, UserResolved.class)).isEmpty();
    assertThat(only(changes, RunFailed.class))
        .extracting(RunFailed::reason)
        .containsExactly(RunFailureReason.INTERNAL_ERROR);
    assertThat(state.index(district)).hasSize(1);

    accounts.resume();
    RunScript next = run();
    RunScript.send(next.whole());
    List<UserResolved> resolved =
        only(ChangesTopic.await(district, 4 + 6).subList(4, 10), UserResolved.class);
    assertThat(resolved)
        .filteredOn(r -> r.user().id().equals("c-jdoe"))
        .extracting(UserResolved::outcome, UserResolved::accountId)
        .containsExactly(tuple(ResolutionOutcome.LINKED_EXISTING, imported.accountId()));
    assertThat(state.index(district)).hasSize(3);
  }
}
