package io.rosterbridge.rosterwriter.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Plain JDBC on the datasource Hibernate uses: inside a JTA transaction the connection is the
 * transaction's, so JDBC statements and Panache entities see and commit the same work.
 */
@ApplicationScoped
public class Jdbc {

  private final AgroalDataSource dataSource;

  public Jdbc(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs the work on the current transaction's connection. */
  public <T> T call(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("database work failed: " + e.getMessage(), e);
    }
  }

  /** Runs the work in a new transaction of at most {@code timeout}. */
  public <T> T inNewTransaction(Duration timeout, Work<T> work) {
    return QuarkusTransaction.requiringNew()
        .timeout((int) Math.max(1, timeout.toSeconds()))
        .call(() -> call(work));
  }

  /** Database work on a connection. */
  @FunctionalInterface
  public interface Work<T> {

    /** Does the work. */
    T run(Connection connection) throws SQLException;
  }
}
