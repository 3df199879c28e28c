package io.rosterbridge.rosterctl.command;

import static io.rosterbridge.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.CloudEventHeaders;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code rosterctl sync}: the command it publishes, read back from the real broker. */
@QuarkusTest
@TestProfile(CtlTestProfile.class)
class SyncCommandTest {

  private static final Pattern PRINTED =
      Pattern.compile(
          "requested an? (\\w+) sync of district (\\S+) as (\\S+): command (manual-[0-9a-f-]{36})\n");

  @Inject Instance<CommandLine> commandLines;

  @Test
  void publishesAManualFullSyncKeyedByTheDistrictWithCloudEventsHeaders() {
    String district = district();
    Instant before = Instant.now();

    CtlResult result = Ctl.run(commandLines.get(), "sync", "--district", district, "--as", "ana");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    Matcher printed = PRINTED.matcher(result.out());
    assertThat(printed.matches()).as(result.out()).isTrue();
    String commandId = printed.group(4);
    ConsumerRecord<String, byte[]> record = Published.commandKeyed(district);
    SyncRequested sent = Published.value(record);
    assertThat(sent)
        .usingRecursiveComparison()
        .ignoringFields("requestedAt")
        .isEqualTo(
            new SyncRequested(commandId, district, SyncTrigger.MANUAL, SyncMode.FULL, "ana", null));
    assertThat(sent.requestedAt()).isBetween(before, Instant.now());
    assertThat(header(record, CloudEventHeaders.TYPE))
        .isEqualTo("io.rosterbridge.sync.SyncRequested");
    assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/rosterctl");
    assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
    assertThat(header(record, CloudEventHeaders.SCHEMA_VERSION)).isEqualTo("1");
    assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
    assertThat(Instant.parse(header(record, CloudEventHeaders.TIME)))
        .isBetween(before, Instant.now());
  }

  @Test
  void previewAndIncrementalChooseTheMode() {
    String preview = district();
    String incremental = district();

    assertThat(Ctl.run(commandLines.get(), "sync", "--district", preview, "--preview").exitCode())
        .isZero();
    CtlResult incrementalRun =
        Ctl.run(commandLines.get(), "sync", "--district", incremental, "--incremental");
    assertThat(incrementalRun.exitCode()).isZero();
    assertThat(incrementalRun.out())
        .startsWith("requested an INCREMENTAL sync of district " + incremental + " as ");

    assertThat(Published.value(Published.commandKeyed(preview)).mode()).isEqualTo(SyncMode.PREVIEW);
    assertThat(Published.value(Published.commandKeyed(incremental)).mode())
        .isEqualTo(SyncMode.INCREMENTAL);
  }

  @Test
  void theRequesterIsTheOperatingSystemUserUnlessAsIsGiven() {
    String district = district();

    CtlResult result = Ctl.run(commandLines.get(), "sync", "--district", district);

    assertThat(result.out()).contains(" as " + System.getProperty("user.name") + ": ");
    assertThat(Published.value(Published.commandKeyed(district)).requestedBy())
        .isEqualTo(System.getProperty("user.name"));
  }

  @Test
  void previewAndIncrementalTogetherAreAUsageError() {
    CtlResult result =
        Ctl.run(commandLines.get(), "sync", "--district", district(), "--preview", "--incremental");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith(
            "rosterctl: --preview and --incremental cannot be combined\nUsage: rosterctl sync")
        .endsWith("Try 'rosterctl sync --help' for more.\n");
  }

  @Test
  void theAllDistrictsKeyIsNotADistrict() {
    CtlResult result = Ctl.run(commandLines.get(), "sync", "--district", "*");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err())
        .startsWith(
            "rosterctl: --district names one district; trigger-nightly requests every district");
  }

  @Test
  void aTimeoutOfZeroOrLessIsAUsageError() {
    for (String timeout : new String[] {"0s", "PT-5M"}) {
      CtlResult result =
          Ctl.run(
              commandLines.get(), "sync", "--district", district(), "--wait", "--timeout", timeout);

      assertThat(result.exitCode()).as(timeout).isEqualTo(64);
      assertThat(result.out()).isEmpty();
      assertThat(result.err())
          .startsWith(
              "rosterctl: Invalid value for option '--timeout': '"
                  + timeout
                  + "' is not a duration longer than zero (e.g. 90s, 10m, 1h, PT10M)\n"
                  + "Usage: rosterctl sync")
          .endsWith("Try 'rosterctl sync --help' for more.\n");
    }
  }

  @Test
  void aMissingDistrictIsAUsageError() {
    CtlResult result = Ctl.run(commandLines.get(), "sync");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).startsWith("rosterctl: Missing required option: '--district=ID'");
  }

  private static String district() {
    return "5f" + UUID.randomUUID().toString().replace("-", "").substring(0, 22);
  }
}
