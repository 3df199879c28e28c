package io.rosterbridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.systemtests.support.CleverBrowser;
import io.rosterbridge.systemtests.support.CleverSim;
import io.rosterbridge.systemtests.support.CleverSim.District;
import io.rosterbridge.systemtests.support.Dump;
import io.rosterbridge.systemtests.support.Pipeline;
import io.rosterbridge.systemtests.support.Shell;
import io.rosterbridge.systemtests.support.WriterDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The invariants across real processes: clever-sim, the four packaged services, Kafka and
 * PostgreSQL, driven by rosterctl as support would. Each test syncs a district of its own.
 */
class PipelineIT {

  private static final AtomicLong SEEDS = new AtomicLong(System.nanoTime() & 0xFFFFFF);

  private final Pipeline pipeline = Pipeline.get();
  private final CleverSim sim = pipeline.sim();
  private final WriterDb db = pipeline.writerDb();

  @AfterEach
  void clearFaults() {
    sim.clearFaults();
  }

  @Test
  void aFirstConnectionWithExistingAccountsAndCsvAdminsIsPreviewedThenSynced() throws IOException {
    District d = sim.generate(SEEDS.incrementAndGet(), 400);
    // Plain usernames that exactly one Clever user of the district has (in any role).
    Map<String, Long> holders =
        sim.list(d, "users").stream()
            .flatMap(
                u ->
                    StreamSupport.stream(u.path("roles").spliterator(), false)
                        .map(r -> r.path("credentials").path("district_username").asText(""))
                        .map(n -> n.trim().toLowerCase(Locale.ROOT))
                        .distinct())
            .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
    List<String> usernames =
        sim.list(d, "users?role=student").stream()
            .map(u -> u.path("roles").path("student").path("credentials"))
            .map(c -> c.path("district_username").asText(""))
            .filter(u -> u.matches("[A-Za-z0-9._-]+"))
            .filter(u -> holders.get(u.toLowerCase(Locale.ROOT)) == 1L)
            .distinct()
            .limit(10)
            .toList();
    StringBuilder csv = new StringBuilder("username,role,school_id,first_name,last_name\n");
    usernames.forEach(u -> csv.append(u).append(",legacy,,Existing,Student\n"));
    csv.append("former.one,legacy,,Former,Student\nformer.two,legacy,,Former,Student\n");
    csv.append("it.admin,district_admin,,District,IT\n");
    Path file = Files.createTempFile("admins", ".csv");
    Files.writeString(file, csv);

    ok(pipeline.rosterctl("import-admins", "--district", d.id(), file.toString()));
    assertThat(accounts(d, "source = 'LEGACY'")).isEqualTo(12);

    long rostered = sim.list(d, "users").stream().filter(PipelineIT::rostered).count();
    ok(pipeline.rosterctl("sync", "--district", d.id(), "--preview", "--wait"));
    JsonNode onboarding = report(db.latestRun(d.id())).path("onboarding");
    assertThat(onboarding.path("existingAccounts").asLong()).isEqualTo(13);
    assertThat(onboarding.path("existingLegacyAccounts").asLong()).isEqualTo(12);
    assertThat(onboarding.path("existingManualAccounts").asLong()).isEqualTo(1);
    assertThat(onboarding.path("usernamesMatched").asLong()).isEqualTo(10);
    assertThat(onboarding.path("usernamesUnmatched").asLong()).isEqualTo(rostered - 10);
    assertThat(onboarding.path("licencesSufficient").asBoolean()).isTrue();
    assertThat(onboarding.path("wouldSoftDelete").path("USER").asLong()).isEqualTo(2);
    assertThat(accounts(d, "true")).isEqualTo(13);
    assertThat(accounts(d, "clever_user_id is not null")).isZero();

    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
    assertThat(
            accounts(d, "source = 'LEGACY' and clever_user_id is not null and status = 'ACTIVE'"))
        .isEqualTo(10);
    assertThat(accounts(d, "username in ('former.one', 'former.two') and status = 'DELETED'"))
        .isEqualTo(2);
    assertThat(accounts(d, "username = 'it.admin' and source = 'MANUAL' and status = 'ACTIVE'"))
        .isEqualTo(1);
    assertThat(accounts(d, "clever_user_id is not null and status = 'ACTIVE'")).isEqualTo(rostered);
  }

  @Test
  void aMassRemovalIsHeldUntilAnOperatorApprovesIt() {
    District d = sim.generate(SEEDS.incrementAndGet(), 300);
    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
    List<JsonNode> students = sim.list(d, "users?role=student");
    List<JsonNode> removed = students.subList(0, students.size() / 3);
    removed.forEach(s -> sim.removeUser(d, s.path("id").asText()));

    Shell.Result held = pipeline.rosterctl("sync", "--district", d.id(), "--wait");
    assertThat(held.exit()).as(held.all()).isEqualTo(2);
    String run = db.latestRun(d.id());
    assertThat(db.runState(run)).isEqualTo("HELD");
    assertThat(accounts(d, "status = 'DELETED'")).isZero();

    ok(pipeline.rosterctl("approve", "--run", run));
    assertThat(accounts(d, "status = 'DELETED'")).isEqualTo(removed.size());
  }

  @Test
  void aCleverFaultMidRunFailsTheRunWithZeroSoftDeletes() {
    District d = sim.generate(SEEDS.incrementAndGet(), 300);
    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
    List<JsonNode> students = sim.list(d, "users?role=student");
    students.subList(0, 5).forEach(s -> sim.removeUser(d, s.path("id").asText()));
    String before = db.checksum(d.id());
    sim.fault(CleverSim.object().put("endpoint", "/v3.0/sections").put("type", "server_error"));

    Shell.Result failed = pipeline.rosterctl("sync", "--district", d.id(), "--wait");
    assertThat(failed.exit()).as(failed.all()).isEqualTo(1);
    assertThat(db.runState(db.latestRun(d.id()))).isEqualTo("FAILED");
    assertThat(accounts(d, "status = 'DELETED'")).isZero();
    assertThat(db.checksum(d.id())).isEqualTo(before);
  }

  @Test
  void killingTheWriterAndTheMatcherMidRunEndsInTheRosterOfAnUninterruptedRun() throws Exception {
    District d = sim.generate(SEEDS.incrementAndGet(), 6000);
    CompletableFuture<Shell.Result> sync = syncInBackground(d);
    awaitRunOf(d);
    pipeline.kill("user-matcher");
    pipeline.kill("roster-writer");
    pipeline.restart("user-matcher");
    pipeline.restart("roster-writer");
    Shell.Result interrupted = sync.get();
    assertThat(interrupted.exit()).as(interrupted.all()).isZero();
    String crashed = db.checksum(d.id());

    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
    assertThat(db.checksum(d.id())).isEqualTo(crashed);
    long rostered = sim.list(d, "users").stream().filter(PipelineIT::rostered).count();
    assertThat(accounts(d, "status = 'ACTIVE'")).isEqualTo(rostered);
    JsonNode second = report(db.latestRun(d.id()));
    assertThat(second.path("entities").path("USER").path("unchanged").asLong()).isEqualTo(rostered);
  }

  @Test
  void killingTheFetcherMidReadFailsItsRunWithNothingAppliedAndTheNextRequestCompletes()
      throws Exception {
    District d = sim.generate(SEEDS.incrementAndGet(), 300);
    // Every page of users answers slowly, so the read is still going when the fetcher dies.
    sim.fault(
        CleverSim.object()
            .put("endpoint", "/v3.0/users")
            .put("type", "latency")
            .put("latencyMs", 4000));
    CompletableFuture<Shell.Result> sync = syncInBackground(d);
    awaitRunOf(d);
    String killed = db.latestRun(d.id());
    pipeline.kill("clever-fetcher");
    sim.clearFaults();
    pipeline.restart("clever-fetcher");
    Shell.Result interrupted = sync.get();

    assertThat(interrupted.exit()).as(interrupted.all()).isEqualTo(1);
    assertThat(db.runState(killed)).isEqualTo("FAILED");
    assertThat(accounts(d, "true")).isZero();
    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
    String next = db.latestRun(d.id());
    assertThat(next).isNotEqualTo(killed);
    assertThat(db.runState(next)).isEqualTo("COMPLETED");
    long rostered = sim.list(d, "users").stream().filter(PipelineIT::rostered).count();
    assertThat(accounts(d, "status = 'ACTIVE'")).isEqualTo(rostered);
  }

  @Test
  void aCleverFormatDumpFolderIsRosteredWithTheCountsOfTheDump() {
    Path dump = Pipeline.ROOT.resolve("samples/clever-district");
    District d = sim.load(dump.toString());
    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));

    JsonNode sections = Dump.list(dump, "sections");
    long enrollments =
        Dump.stream(sections)
            .mapToLong(s -> s.path("students").size() + s.path("teachers").size())
            .sum();
    assertThat(active(d, "school")).isEqualTo(Dump.list(dump, "schools").size());
    assertThat(active(d, "term")).isEqualTo(Dump.list(dump, "terms").size());
    assertThat(active(d, "course")).isEqualTo(Dump.list(dump, "courses").size());
    assertThat(active(d, "section")).isEqualTo(sections.size());
    assertThat(accounts(d, "clever_user_id is not null and status = 'ACTIVE'"))
        .isEqualTo(Dump.stream(Dump.list(dump, "users")).filter(PipelineIT::rostered).count());
    assertThat(
            db.count(
                "select count(*) from enrollment where district_id = ? and deleted_at is null",
                d.id()))
        .isEqualTo(enrollments);
  }

  @Test
  void aNightAfterChangesRenamesMovesAndRemovesAndAReturningStudentIsRestored() {
    District d = sim.generate(SEEDS.incrementAndGet(), 300);
    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
    List<JsonNode> students = sim.list(d, "users?role=student");
    JsonNode renamed = students.get(0);
    JsonNode moved = students.get(1);
    JsonNode removed = students.get(2);
    String otherSchool =
        sim.admin(
                "POST",
                "districts/" + d.id() + "/schools",
                CleverSim.object().put("name", "New School " + d.id()))
            .path("id")
            .asText();
    String path = "districts/" + d.id() + "/users/";
    sim.admin(
        "POST",
        path + renamed.path("id").asText() + "/username",
        CleverSim.object().put("username", "renamed." + d.id()));
    sim.admin(
        "POST",
        path + moved.path("id").asText() + "/move",
        CleverSim.object().put("school", otherSchool));
    sim.removeUser(d, removed.path("id").asText());

    ok(pipeline.rosterctl("sync", "--district", d.id(), "--incremental", "--wait"));
    assertThat(account(d, renamed, "username")).isEqualTo("renamed." + d.id());
    assertThat(account(d, removed, "status")).isEqualTo("DELETED");
    assertThat(
            db.count(
                "select count(*) from account_role r join account a on a.id = r.account_id"
                    + " where a.district_id = ? and a.clever_user_id = ? and r.deleted_at is null"
                    + " and r.school_id = ?",
                d.id(),
                moved.path("id").asText(),
                otherSchool))
        .isEqualTo(1);

    sim.admin("POST", "districts/" + d.id() + "/users", (ObjectNode) removed);
    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
    assertThat(account(d, removed, "status")).isEqualTo("ACTIVE");
  }

  @Test
  void logInWithCleverAfterTheSyncLandsOnTheSyncedAccount() {
    District d = sim.generate(SEEDS.incrementAndGet(), 100);
    ok(pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
    ok(pipeline.rosterctl("login-settings", "--district", d.id(), "--clever", "on"));
    JsonNode student = sim.list(d, "users?role=student").get(0);

    JsonNode me = new CleverBrowser(pipeline.env("ROSTERBRIDGE_SSO_URL")).signIn(d, student);

    assertThat(me.path("accountId").asText()).isEqualTo(account(d, student, "id"));
    assertThat(me.path("districtId").asText()).isEqualTo(d.id());
  }

  /** {@code rosterctl sync --wait} of the district, running while the test goes on. */
  private CompletableFuture<Shell.Result> syncInBackground(District d) {
    return CompletableFuture.supplyAsync(
        () -> pipeline.rosterctl("sync", "--district", d.id(), "--wait"));
  }

  private void awaitRunOf(District d) throws InterruptedException {
    for (int i = 0; i < 600 && db.latestRun(d.id()) == null; i++) {
      Thread.sleep(100);
    }
    assertThat(db.latestRun(d.id())).as("the writer opened the run").isNotNull();
  }

  private long active(District d, String table) {
    return db.count(
        "select count(*) from " + table + " where district_id = ? and deleted_at is null", d.id());
  }

  private String account(District d, JsonNode user, String column) {
    return db.text(
        "select " + column + " from account where district_id = ? and clever_user_id = ?",
        d.id(),
        user.path("id").asText());
  }

  private long accounts(District d, String where) {
    return db.count("select count(*) from account where district_id = ? and " + where, d.id());
  }

  private JsonNode report(String runId) {
    Shell.Result result = pipeline.rosterctl("report", "--run", runId, "--json");
    ok(result);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(result.out())
          .path("report");
    } catch (IOException e) {
      throw new AssertionError("report --json printed no JSON: " + result.out(), e);
    }
  }

  /** Every Clever user but parents (contacts), who are not rostered. */
  private static boolean rostered(JsonNode user) {
    JsonNode roles = user.path("roles");
    return roles.has("student")
        || roles.has("teacher")
        || roles.has("staff")
        || roles.has("district_admin");
  }

  private static void ok(Shell.Result result) {
    assertThat(result.exit()).as(result.all() + Pipeline.logs()).isZero();
  }
}
