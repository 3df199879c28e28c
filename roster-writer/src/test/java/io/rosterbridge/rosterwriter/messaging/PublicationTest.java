package io.rosterbridge.rosterwriter.messaging;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import io.rosterbridge.events.report.RunCompleted;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.SampleDistricts;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.fixtures.TestUser;
import io.rosterbridge.rosterwriter.fixtures.Tokens;
import io.rosterbridge.testsupport.KafkaTestClient;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What the writer publishes: account states on roster.accounts, run outcomes on
 * roster.sync-reports.
 */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class PublicationTest {

  private static <T> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
    try {
      return EventJson.mapper().readValue(record.value(), type);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void publishesEveryChangedAccountAndTheRunReport() {
    TestRun run = SampleDistricts.small();
    Runs.apply(run);
    List<String> ids =
        List.of(
            run.accountOf("tch1"),
            run.accountOf("tch2"),
            run.accountOf("u1"),
            run.accountOf("u2"),
            run.accountOf("u3"));

    List<AccountChanged> accounts =
        KafkaTestClient.awaitRecords(
                Topics.ROSTER_ACCOUNTS, r -> ids.contains(r.key()), 5, Runs.WAIT)
            .stream()
            .peek(
                r ->
                    assertThat(KafkaTestClient.header(r, CloudEventHeaders.SOURCE))
                        .isEqualTo("/roster-writer"))
            .map(r -> read(r, AccountChanged.class))
            .sorted(Comparator.comparing(AccountChanged::cleverUserId))
            .toList();
    assertThat(accounts)
        .extracting(AccountChanged::accountId)
        .containsExactlyInAnyOrderElementsOf(ids);
    AccountChanged u1 = accounts.get(2);
    assertThat(u1)
        .usingRecursiveComparison()
        .ignoringFields("changedAt")
        .isEqualTo(
            new AccountChanged(
                run.accountOf("u1"),
                run.districtId(),
                "u1",
                "u1",
                "u1",
                AccountSource.CLEVER,
                AccountStatus.ACTIVE,
                List.of(new AccountRole(AccountRoleType.STUDENT, "s1", RoleSource.CLEVER)),
                1,
                null));

    ConsumerRecord<String, byte[]> report =
        KafkaTestClient.awaitRecord(
            Topics.SYNC_REPORTS, r -> run.districtId().equals(r.key()), Runs.WAIT);
    assertThat(KafkaTestClient.header(report, CloudEventHeaders.TYPE))
        .isEqualTo("io.rosterbridge.report.RunCompleted");
    RunCompleted completed = read(report, RunCompleted.class);
    assertThat(completed.report()).usingRecursiveComparison().isEqualTo(Runs.report(run.runId()));
  }

  @Test
  void aRunOfMoreAccountsThanOnePublicationRoundPublishesEachOfThem() {
    TestRun run = SampleDistricts.small();
    for (int i = 0; i < 2_345; i++) {
      run.user(TestUser.student("bulk" + i, "s1"));
    }
    Runs.apply(run);
    List<String> ids =
        RosterDb.rows("select id from account where district_id = ?", run.districtId());
    assertThat(ids).hasSize(2_350);

    List<String> published =
        KafkaTestClient.awaitRecords(
                Topics.ROSTER_ACCOUNTS, r -> ids.contains(r.key()), 2_350, Runs.WAIT)
            .stream()
            .map(ConsumerRecord::key)
            .toList();

    assertThat(published).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(
            RosterDb.count(
                "select count(*) from account_outbox o join account a on a.id = o.account_id"
                    + " where a.district_id = ?",
                run.districtId()))
        .isZero();
  }

  @Test
  void aCsvImportAnswersOnceItsAccountsAreOnRosterAccounts() {
    TestRun run = TestRun.newDistrict().school("s1");
    Runs.apply(run);
    String d = run.districtId();

    given()
        .auth()
        .oauth2(Tokens.operator())
        .contentType("text/csv")
        .body(
            "username,role,school_id,first_name,last_name\n"
                + "old.kid,legacy,,Old,Kid\nboss,district_admin,,Bea,Boss\n")
        .post("/districts/{d}/imports/admins", d)
        .then()
        .statusCode(200);

    // Nothing of the import is left for the scheduled publishing: a sync started now sees it.
    assertThat(
            RosterDb.count(
                "select count(*) from account_outbox o join account a on a.id = o.account_id"
                    + " where a.district_id = ?",
                d))
        .isZero();
    List<String> ids = RosterDb.rows("select id from account where district_id = ?", d);
    assertThat(ids).hasSize(2);
    List<AccountChanged> published =
        KafkaTestClient.awaitRecords(
                Topics.ROSTER_ACCOUNTS, r -> ids.contains(r.key()), 2, Runs.WAIT)
            .stream()
            .map(r -> read(r, AccountChanged.class))
            .toList();
    assertThat(published)
        .extracting(AccountChanged::username, AccountChanged::source)
        .containsExactlyInAnyOrder(
            tuple("old.kid", AccountSource.LEGACY), tuple("boss", AccountSource.MANUAL));
  }

  @Test
  void aDeletedAccountIsPublishedWithItsNewStatusAndVersion() {
    TestRun run = SampleDistricts.small();
    Runs.apply(run);
    TestRun lacking = run.next().without("u3");
    Runs.apply(lacking);
    String u3 = run.accountOf("u3");

    ConsumerRecord<String, byte[]> deleted =
        KafkaTestClient.awaitRecord(
            Topics.ROSTER_ACCOUNTS,
            r -> u3.equals(r.key()) && new String(r.value(), UTF_8).contains("\"DELETED\""),
            Runs.WAIT);
    AccountChanged account = read(deleted, AccountChanged.class);
    assertThat(account.status()).isEqualTo(AccountStatus.DELETED);
    assertThat(account.version()).isEqualTo(2);
  }

  @Test
  void aRunWhoseRecordCannotBeReadIsIncompleteAndTheRecordIsParkedOnTheDeadLetterTopic() {
    TestRun run = SampleDistricts.small();
    Runs.apply(run);
    TestRun next = run.next();
    byte[] broken = "{\"runId\":\"".getBytes(UTF_8);
    KafkaTestClient.sendRaw(
        Topics.ROSTER_CHANGES,
        run.districtId(),
        broken,
        Map.of(
            CloudEventHeaders.TYPE,
            "io.rosterbridge.run.SchoolFetched",
            CloudEventHeaders.SCHEMA_VERSION,
            "1"));
    next.without("s2").claimCount(io.rosterbridge.events.clever.EntityType.SCHOOL, 2);

    assertThat(Runs.apply(next)).isEqualTo("FAILED");

    ConsumerRecord<String, byte[]> dead =
        KafkaTestClient.awaitRecord(
            Topics.deadLetter(Topics.ROSTER_CHANGES, "roster-writer"),
            r -> run.districtId().equals(r.key()),
            Runs.WAIT);
    assertThat(dead.value()).isEqualTo(broken);
    assertThat(KafkaTestClient.header(dead, "dead-letter-reason"))
        .contains("malformed io.rosterbridge.run.SchoolFetched");
    ConsumerRecord<String, byte[]> failed =
        KafkaTestClient.awaitRecord(
            Topics.SYNC_REPORTS,
            r ->
                run.districtId().equals(r.key())
                    && "io.rosterbridge.run.RunFailed"
                        .equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)),
            Runs.WAIT);
    assertThat(read(failed, RunFailed.class).message())
        .isEqualTo("received 1 of 2 SCHOOL records; nothing was swept");
  }
}
