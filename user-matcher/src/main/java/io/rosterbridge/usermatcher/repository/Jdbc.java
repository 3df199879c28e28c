package io.rosterbridge.usermatcher.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC on Hibernate's datasource for the bulk paths: inside a JTA transaction the connection
 * is the transaction's, so JDBC statements and Panache entities commit together.
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

  /** Database work on a connection. */
  @FunctionalInterface
  public interface Work<T> {

    /** Does the work. */
    T run(Connection connection) throws SQLException;
  }
}
