package io.rosterbridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.systemtests.support.Pipeline;
import io.rosterbridge.systemtests.support.Shell;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/stack up postgres} with a database prefix of its own, and with {@code
 * ROSTERBRIDGE_PG_FRESH=1}: the set the system tests rely on to start from empty databases.
 */
class StackDatabasesIT {

  private static final String PREFIX = "rosterbridge_stackcheck";
  private static final List<String> PARTS = List.of("fetcher", "matcher", "writer", "sso");
  private static String adminUrl;

  @BeforeAll
  static void startPostgres() {
    Shell.Result up = stack(Map.of(), "up", "postgres");
    assertThat(up.exit()).as(up.all()).isZero();
    adminUrl = Shell.exports(stack(Map.of(), "env").out()).get("ROSTERBRIDGE_PG_ADMIN_URL");
    assertThat(adminUrl).as("ROSTERBRIDGE_PG_ADMIN_URL from scripts/stack env").isNotNull();
  }

  @AfterAll
  static void dropTheDatabases() throws SQLException {
    try (Connection admin = DriverManager.getConnection(adminUrl);
        Statement ddl = admin.createStatement()) {
      for (String part : PARTS) {
        ddl.execute("drop database if exists " + PREFIX + "_" + part + " with (force)");
        ddl.execute("drop role if exists " + PREFIX + "_" + part);
      }
    }
  }

  @Test
  void aPrefixGetsFourDatabasesEachOwnedByItsRoleAndASecondUpKeepsTheirRows() throws SQLException {
    Map<String, String> fresh =
        Map.of("ROSTERBRIDGE_DB_PREFIX", PREFIX, "ROSTERBRIDGE_PG_FRESH", "1");
    assertThat(stack(fresh, "up", "postgres").exit()).isZero();
    execute(PREFIX + "_writer", "create table marker (id int)", "insert into marker values (1)");

    Shell.Result again = stack(Map.of("ROSTERBRIDGE_DB_PREFIX", PREFIX), "up", "postgres");

    assertThat(again.exit()).as(again.all()).isZero();
    assertThat(owners())
        .containsExactly(
            PREFIX + "_fetcher=" + PREFIX + "_fetcher",
            PREFIX + "_matcher=" + PREFIX + "_matcher",
            PREFIX + "_sso=" + PREFIX + "_sso",
            PREFIX + "_writer=" + PREFIX + "_writer");
    assertThat(tables(PREFIX + "_writer")).containsExactly("marker");
  }

  @Test
  void freshDropsWhatAnEarlierRunLeftAndCreatesTheDatabasesEmpty() throws SQLException {
    assertThat(stack(Map.of("ROSTERBRIDGE_DB_PREFIX", PREFIX), "up", "postgres").exit()).isZero();
    execute(PREFIX + "_writer", "create table if not exists leftover (id int)");
    try (Connection held = DriverManager.getConnection(url(PREFIX + "_fetcher"))) {
      Shell.Result fresh =
          stack(
              Map.of("ROSTERBRIDGE_DB_PREFIX", PREFIX, "ROSTERBRIDGE_PG_FRESH", "1"),
              "up",
              "postgres");

      assertThat(fresh.exit()).as(fresh.all()).isZero();
      assertThat(fresh.out()).contains("dropped the databases " + PREFIX + "_fetcher");
      assertThat(held.isValid(2)).as("a connection to a dropped database is closed").isFalse();
    }
    assertThat(owners()).hasSize(4);
    assertThat(tables(PREFIX + "_writer")).isEmpty();
  }

  @Test
  void freshIsRefusedForTheDefaultDatabasesWithOneLine() {
    Shell.Result refused = stack(Map.of("ROSTERBRIDGE_PG_FRESH", "1"), "up", "postgres");

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err().strip())
        .isEqualTo(
            "stack: ROSTERBRIDGE_PG_FRESH=1 drops the service databases; it needs a"
                + " ROSTERBRIDGE_DB_PREFIX other than rosterbridge");
  }

  @Test
  void aPrefixThatIsNoPlainNameIsRefusedWithOneLine() {
    Shell.Result refused =
        stack(Map.of("ROSTERBRIDGE_DB_PREFIX", "Roster-Bridge"), "status", "postgres");

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err().strip())
        .isEqualTo(
            "stack: ROSTERBRIDGE_DB_PREFIX must be lower-case letters, digits and _, starting"
                + " with a letter (got 'Roster-Bridge')");
  }

  private static Shell.Result stack(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Pipeline.ROOT.resolve("scripts/stack").toString());
    command.addAll(List.of(args));
    return Shell.run(env, 120, command.toArray(String[]::new));
  }

  private static String url(String database) {
    return adminUrl.replaceFirst("/postgres\\?", "/" + database + "?");
  }

  /** "database=owner" of the prefix's databases, by name. */
  private static List<String> owners() throws SQLException {
    return strings(
        adminUrl,
        "select datname || '=' || pg_get_userbyid(datdba) from pg_database"
            + " where datname like '"
            + PREFIX
            + "\\_%' order by datname");
  }

  private static List<String> tables(String database) throws SQLException {
    return strings(
        url(database),
        "select tablename from pg_tables where schemaname = 'public' order by tablename");
  }

  private static List<String> strings(String url, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement query = c.createStatement();
        ResultSet rows = query.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static void execute(String database, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(database));
        Statement ddl = c.createStatement()) {
      for (String sql : statements) {
        ddl.execute(sql);
      }
    }
  }
}
