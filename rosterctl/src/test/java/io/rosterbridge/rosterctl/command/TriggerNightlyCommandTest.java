package io.rosterbridge.rosterctl.command;

import static io.rosterbridge.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.CtlTestProfile;
import io.rosterbridge.rosterctl.support.Published;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code rosterctl trigger-nightly}: the all-districts command the CronJob publishes. */
@QuarkusTest
@TestProfile(CtlTestProfile.class)
class TriggerNightlyCommandTest {

  private static final Pattern PUBLISHED =
      Pattern.compile(
          "published (nightly-\\S+) to roster\\.sync-commands \\(key \\*, partition (\\d+),"
              + " offset (\\d+)\\)\n.*",
          Pattern.DOTALL);

  @Inject Instance<CommandLine> commandLines;

  @Test
  void publishesTheFullSyncOfEveryDistrictNamedAfterTheNightInLosAngeles() {
    Instant before = Instant.now();

    CtlResult result = Ctl.run(commandLines.get(), "trigger-nightly");

    assertThat(result.exitCode()).isZero();
    ConsumerRecord<String, byte[]> record = recordPrinted(result);
    SyncRequested sent = Published.value(record);
    String night =
        sent.requestedAt().atZone(ZoneId.of("America/Los_Angeles")).toLocalDate().toString();
    assertThat(record.key()).isEqualTo(Topics.ALL_DISTRICTS);
    assertThat(sent)
        .usingRecursiveComparison()
        .ignoringFields("requestedAt")
        .isEqualTo(
            new SyncRequested(
                "nightly-" + night,
                "*",
                SyncTrigger.NIGHTLY,
                SyncMode.FULL,
                "rosterctl/nightly",
                null));
    assertThat(sent.allDistricts()).isTrue();
    assertThat(sent.requestedAt()).isBetween(before, Instant.now());
    assertThat(header(record, CloudEventHeaders.TYPE))
        .isEqualTo("io.rosterbridge.sync.SyncRequested");
    assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/rosterctl");
    assertThat(result.out())
        .isEqualTo(
            "published nightly-"
                + night
                + " to roster.sync-commands (key *, partition "
                + record.partition()
                + ", offset "
                + record.offset()
                + ")\n"
                + "  FULL sync of every connected district, trigger NIGHTLY, requested by"
                + " rosterctl/nightly at "
                + io.rosterbridge.rosterctl.output.Formats.time(sent.requestedAt())
                + "\n"
                + "  the fetcher runs each command id once: publishing it again tonight adds"
                + " nothing\n");
  }

  @Test
  void runningItAgainTheSameNightPublishesTheSameCommandId() {
    CtlResult first = Ctl.run(commandLines.get(), "trigger-nightly");
    CtlResult second = Ctl.run(commandLines.get(), "trigger-nightly", "--as", "cron-retry");

    SyncRequested a = Published.value(recordPrinted(first));
    SyncRequested b = Published.value(recordPrinted(second));
    // The fetcher records each command id once, so the second asks for nothing more.
    assertThat(b.commandId()).isEqualTo(a.commandId());
    assertThat(b.requestedBy()).isEqualTo("cron-retry");
  }

  private static ConsumerRecord<String, byte[]> recordPrinted(CtlResult result) {
    Matcher m = PUBLISHED.matcher(result.out());
    assertThat(m.matches()).as(result.out()).isTrue();
    int partition = Integer.parseInt(m.group(2));
    long offset = Long.parseLong(m.group(3));
    return Published.command(r -> r.partition() == partition && r.offset() == offset);
  }
}
