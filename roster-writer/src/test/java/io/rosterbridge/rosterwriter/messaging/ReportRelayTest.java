package io.rosterbridge.rosterwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.SyncReportsMessage;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A report Kafka refuses is retried and keeps no later report waiting. */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class ReportRelayTest {

  /** Refuses the reports of one district; records the others instead of sending them. */
  static final class RefusingPublisher extends SyncReportsPublisher {
    final String refusedDistrict;
    final List<SyncReportsMessage> published = new CopyOnWriteArrayList<>();

    RefusingPublisher(String refusedDistrict) {
      super(null);
      this.refusedDistrict = refusedDistrict;
    }

    @Override
    public void publish(SyncReportsMessage message, Duration timeout) {
      if (refusedDistrict.equals(message.districtId())) {
        throw new IllegalStateException("the broker did not acknowledge every message");
      }
      published.add(message);
    }
  }

  private static boolean reportPublished(String runId) {
    return RosterDb.rows("select report_published::text from roster_run where id = ?", runId)
        .equals(List.of("true"));
  }

  @Test
  void aRefusedReportDoesNotHoldBackTheNextOne() {
    TestRun refused = TestRun.newDistrict().school("s1");
    TestRun next = TestRun.newDistrict().school("s1");
    RefusingPublisher publisher = new RefusingPublisher(refused.districtId());
    QuarkusMock.installMockForType(publisher, SyncReportsPublisher.class);

    Runs.apply(refused);
    Runs.apply(next);

    await()
        .atMost(Runs.WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> reportPublished(next.runId()));
    assertThat(publisher.published)
        .extracting(SyncReportsMessage::runId)
        .contains(next.runId())
        .doesNotContain(refused.runId());
    assertThat(reportPublished(refused.runId())).isFalse();
  }
}
