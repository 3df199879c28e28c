package io.rosterbridge.usermatcher.messaging;

import static io.rosterbridge.usermatcher.fixtures.ChangesTopic.only;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.student;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusMock;
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
import io.rosterbridge.usermatcher.service.AccountsCatchUp;
import io.rosterbridge.usermatcher.service.RunResolver;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

  @Inject MatcherState state;
  @Inject ChannelRegistry channels;
  @Inject RunResolver resolver;

  private final String district = "d-" + UUID.randomUUID();
  private final AccountChanged first =
      Accounts.legacy(district, "acc-first-" + district, "first.one");
  private final AccountChanged imported = Accounts.legacy(district, "acc-jdoe-" + district, "jdoe");
  private PausableChannel accounts;

  @BeforeEach
  void indexOneAccount() {
    // An account read first also proves the accounts consumer is assigned its partitions.
    state.feed(district, first);
    accounts = channels.getPausable(AccountsConsumer.CHANNEL);
  }

  @AfterEach
  void resumeAccounts() {
    if (accounts != null) {
      accounts.resume();
    }
  }

  private RunScript run() {
    return RunScript.of(district, SyncMode.FULL)
        .school("school-1")
        .section("section-1", "school-1", "c-jdoe", "c-amy")
        .users(teacher("c-jdoe", "jdoe"), student("c-amy", "amy"));
  }

  @Test
  void aRunWaitsForAnAccountPublishedBeforeItClosedAndLinksIt() throws InterruptedException {
    accounts.pause();
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
    Behind behind = new Behind(1);
    QuarkusMock.installMockForType(behind, AccountsCatchUp.class);
    RunScript stale = run();
    RunScript.send(stale.whole());

    List<Change> changes = ChangesTopic.await(district, 4);
    assertThat(only(changes, UserResolved.class)).isEmpty();
    assertThat(only(changes, RunFailed.class))
        .extracting(RunFailed::reason, RunFailed::message)
        .containsExactly(
            tuple(
                RunFailureReason.INTERNAL_ERROR,
                "the identity index had not read 1 account(s) on roster.accounts after waiting"
                    + " PT2M; nothing was resolved, so no account is created twice; sync again"));
    assertThat(state.run(stale.runId()).orElseThrow().status).isEqualTo(RunStatus.FAILED);
    assertThat(state.index(district)).hasSize(1);

    state.feed(district, first, imported);
    behind.accounts = 0;
    RunScript next = run();
    RunScript.send(next.whole());
    List<UserResolved> resolved =
        only(ChangesTopic.await(district, 4 + 6).subList(4, 10), UserResolved.class);
    assertThat(resolved)
        .extracting(r -> r.user().id(), UserResolved::outcome)
        .containsExactly(
            tuple("c-amy", ResolutionOutcome.CREATED),
            tuple("c-jdoe", ResolutionOutcome.LINKED_EXISTING));
    assertThat(resolved.get(1).accountId()).isEqualTo(imported.accountId());
  }

  @Test
  void aRunFetchedArrivingAgainForAClosedRunDoesNotWaitForTheIndex() {
    Behind behind = new Behind(0);
    QuarkusMock.installMockForType(behind, AccountsCatchUp.class);
    RunScript first = run();
    RunScript.send(first.whole());
    assertThat(only(ChangesTopic.await(district, 6), UserResolved.class)).hasSize(2);

    // As a re-delivery reaches the resolver; on this thread, so that the waits of other runs the
    // consumer may be closing meanwhile are not counted.
    resolver.close(first.fetched());

    assertThat(behind.waitsOf(Thread.currentThread())).isZero();
    assertThat(state.run(first.runId()).orElseThrow().status).isEqualTo(RunStatus.RESOLVED);
  }

  /** A catch-up that reports the index as many accounts behind as set, without waiting. */
  static class Behind extends AccountsCatchUp {

    volatile long accounts;
    private final Map<Thread, Integer> waits = new ConcurrentHashMap<>();

    Behind(long accounts) {
      super("127.0.0.1:1", "unused", "unused");
      this.accounts = accounts;
    }

    int waitsOf(Thread thread) {
      return waits.getOrDefault(thread, 0);
    }

    @Override
    public long await(Duration timeout) {
      waits.merge(Thread.currentThread(), 1, Integer::sum);
      return accounts;
    }
  }
}
