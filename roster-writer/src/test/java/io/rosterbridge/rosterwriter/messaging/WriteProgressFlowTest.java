package io.rosterbridge.rosterwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.serde.RunStatusDeserializer;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.fixtures.TestUser;
import io.rosterbridge.testsupport.KafkaTestClient;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The write stage's progress on {@code roster.run-status}: what the writer staged of a run. */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class WriteProgressFlowTest {

  private static final RunStatusDeserializer READER = new RunStatusDeserializer();

  @Test
  void theApplyStartsWithTheCountsOfEveryTypeTheRunStaged() {
    TestRun run =
        TestRun.newDistrict()
            .school("s1")
            .section("sec-1", "s1", null, "t1", "u1", "u2")
            .section("sec-2", "s1", null, "t1", "u1", "t1") // t1 stays a teacher only
            .user(TestUser.teacher("t1", "s1"))
            .user(TestUser.student("u1", "s1"))
            .user(TestUser.student("u2", "s1"));
    Map<EntityType, Long> staged =
        Map.of(
            EntityType.DISTRICT, 1L,
            EntityType.SCHOOL, 1L,
            EntityType.SECTION, 2L,
            EntityType.ENROLLMENT, 5L,
            EntityType.USER, 3L);

    assertThat(Runs.apply(run)).isEqualTo("COMPLETED");

    RunProgress applying = awaitProgress(run, p -> p.records().equals(staged));
    assertThat(applying)
        .extracting(
            RunProgress::districtId, RunProgress::stage, RunProgress::state, RunProgress::commandId)
        .containsExactly(run.districtId(), RunStage.WRITE, RunState.RUNNING, null);
  }

  private static RunProgress awaitProgress(TestRun run, Predicate<RunProgress> match) {
    var record =
        KafkaTestClient.awaitRecord(
            Topics.RUN_STATUS,
            r -> {
              RunProgress p = READER.deserialize(r.topic(), r.headers(), r.value());
              return run.districtId().equals(r.key())
                  && run.runId().equals(p.runId())
                  && match.test(p);
            },
            Runs.WAIT);
    return READER.deserialize(record.topic(), record.headers(), record.value());
  }
}
