package io.rosterbridge.usermatcher.messaging;

import static io.rosterbridge.usermatcher.fixtures.CleverUsers.student;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.entity.RunStatus;
import io.rosterbridge.usermatcher.fixtures.Accounts;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic.Change;
import io.rosterbridge.usermatcher.fixtures.MatcherState;
import io.rosterbridge.usermatcher.fixtures.RunScript;
import io.rosterbridge.usermatcher.identity.KnownAccount;
import io.rosterbridge.usermatcher.service.RunResolver;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A matcher that dies after committing a run's resolution but before publishing it leaves the run
 * resolved in the database and its RunFetched uncommitted in Kafka. The test builds exactly that
 * state (the resolving transaction runs, nothing is published) and then delivers RunFetched, as
 * Kafka does after the restart: the output equals that of an uninterrupted run of the same input.
 */
@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class RestartEquivalenceTest {

  private static final CleverUser[] USERS = {
    teacher("c-jdoe", "jdoe"),
    student("c-rob1", "robertd99"),
    student("c-rob2", "robertd99"),
    student("c-new", "newkid")
  };

  @Inject MatcherState state;
  @Inject RunResolver resolver;

  @Test
  void redeliveringRunFetchedAfterACrashBeforePublishingGivesTheUninterruptedOutput() {
    String district = "d-" + UUID.randomUUID();
    state.feed(district, Accounts.legacy(district, "acc-jdoe-" + district, "JDoe"));
    List<KnownAccount> before = state.index(district);

    RunScript uninterrupted = RunScript.of(district, SyncMode.FULL).school("s-1").users(USERS);
    RunScript.send(uninterrupted.whole());
    List<Change> first = ChangesTopic.await(district, 7);
    List<KnownAccount> indexAfter = state.index(district);

    state.restoreIndex(district, before);
    RunScript crashed = RunScript.of(district, SyncMode.FULL).school("s-1").users(USERS);
    RunScript.send(crashed.opening());
    await().atMost(ChangesTopic.WAIT).until(() -> state.buffered(crashed.runId()) == USERS.length);
    resolver.close(crashed.fetched());
    assertThat(state.run(crashed.runId()).orElseThrow())
        .extracting(r -> r.status, r -> r.publishedAt)
        .containsExactly(RunStatus.RESOLVED, null);

    RunScript.send(List.of(crashed.fetched()));
    List<Change> all = ChangesTopic.await(district, 14);

    assertThat(all).hasSize(14);
    List<Change> second = all.subList(7, 14);
    assertThat(ChangesTopic.types(second)).isEqualTo(ChangesTopic.types(first));
    assertThat(ChangesTopic.only(second, UserResolved.class))
        .isEqualTo(
            ChangesTopic.only(first, UserResolved.class).stream()
                .map(r -> withRun(r, crashed.runId()))
                .toList());
    assertThat(ChangesTopic.only(second, RunResolved.class).get(0))
        .usingRecursiveComparison()
        .ignoringFields("runId", "resolvedAt")
        .isEqualTo(ChangesTopic.only(first, RunResolved.class).get(0));
    assertThat(state.index(district)).isEqualTo(indexAfter);
    assertThat(state.run(crashed.runId()).orElseThrow().publishedAt).isNotNull();
  }

  private static UserResolved withRun(UserResolved r, String runId) {
    return new UserResolved(
        runId,
        r.districtId(),
        r.user(),
        r.accountId(),
        r.username(),
        r.usernameKey(),
        r.outcome(),
        r.conflict(),
        r.previousUsername(),
        r.previousCleverUserId());
  }
}
