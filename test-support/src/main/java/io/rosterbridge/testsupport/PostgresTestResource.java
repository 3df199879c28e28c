package io.rosterbridge.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a Quarkus test's datasource at its own database on the server {@link TestPostgres} chose;
 * the database name is the init argument {@value #DATABASE}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  /** Init argument naming the test database. */
  public static final String DATABASE = "database";

  private String database = "rosterbridge_test";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault(DATABASE, database);
  }

  @Override
  public Map<String, String> start() {
    String url = TestPostgres.database(database).replaceFirst("\\?.*$", "");
    return Map.of(
        "quarkus.datasource.jdbc.url", url,
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void stop() {
    // the server is shared by every test of the JVM and stops with it
  }
}
