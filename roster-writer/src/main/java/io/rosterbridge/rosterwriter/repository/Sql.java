package io.rosterbridge.rosterwriter.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL statement with named parameters ({@code :name}; {@code ::type} casts, {@code --} comments
 * and quoted literals are left alone), read from {@code src/main/resources/sql/<name>.sql} or given
 * as text.
 */
public final class Sql {

  /** A quoted literal or a comment (kept as they are), or a parameter (group 1). */
  private static final Pattern PARAMETER =
      Pattern.compile("'(?:[^']|'')*'|--[^\\n]*|(?<![:\\w]):([a-zA-Z][a-zA-Z0-9_]*)");

  private static final Map<String, Sql> SCRIPTS = new ConcurrentHashMap<>();

  private final String jdbcText;
  private final List<String> names;

  private Sql(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PARAMETER.matcher(text);
    StringBuilder jdbc = new StringBuilder();
    while (matcher.find()) {
      if (matcher.group(1) != null) {
        found.add(matcher.group(1));
        matcher.appendReplacement(jdbc, "?");
      } else {
        matcher.appendReplacement(jdbc, Matcher.quoteReplacement(matcher.group()));
      }
    }
    matcher.appendTail(jdbc);
    this.jdbcText = jdbc.toString();
    this.names = List.copyOf(found);
  }

  /** The statement of resource {@code sql/<name>.sql}, parsed once. */
  public static Sql script(String name) {
    return SCRIPTS.computeIfAbsent(name, n -> new Sql(read("sql/" + n + ".sql")));
  }

  /** A statement given as text. */
  public static Sql of(String text) {
    return new Sql(text);
  }

  /** The text sent to the driver, each parameter replaced by {@code ?}. */
  String jdbcText() {
    return jdbcText;
  }

  /** The parameters in order of appearance. */
  List<String> names() {
    return names;
  }

  /** Runs a script without parameters, which may hold several statements. */
  public void execute(Connection connection) throws SQLException {
    if (!names.isEmpty()) {
      throw new IllegalStateException("a script with parameters cannot be executed as text");
    }
    try (java.sql.Statement statement = connection.createStatement()) {
      statement.execute(jdbcText);
    }
  }

  /** Runs an update, returning the number of rows it changed. */
  public int update(Connection connection, Map<String, ?> params) throws SQLException {
    try (PreparedStatement statement = prepare(connection, params)) {
      return statement.executeUpdate();
    }
  }

  /** Runs a query whose rows are (text, number) pairs, e.g. {@code kind, count(*)}. */
  public Map<String, Long> counts(Connection connection, Map<String, ?> params)
      throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement statement = prepare(connection, params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        counts.merge(rows.getString(1), rows.getLong(2), Long::sum);
      }
    }
    return counts;
  }

  /** Runs a query, mapping every row. */
  public <T> List<T> list(Connection connection, Map<String, ?> params, RowMapper<T> mapper)
      throws SQLException {
    List<T> result = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
    }
    return result;
  }

  /** A statement with the parameters bound in order of appearance. */
  public PreparedStatement prepare(Connection connection, Map<String, ?> params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(jdbcText);
    try {
      for (int i = 0; i < names.size(); i++) {
        bind(statement, i + 1, names.get(i), params);
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(
      PreparedStatement statement, int index, String name, Map<String, ?> params)
      throws SQLException {
    if (!params.containsKey(name)) {
      throw new IllegalArgumentException("no value for parameter :" + name);
    }
    Object value = params.get(name);
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else if (value instanceof Instant instant) {
      statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
    } else if (value instanceof Enum<?> constant) {
      statement.setString(index, constant.name());
    } else {
      statement.setObject(index, value);
    }
  }

  private static String read(String resource) {
    try (InputStream in = Sql.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing SQL resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Maps one row of a result. */
  @FunctionalInterface
  public interface RowMapper<T> {

    /** The value of the current row. */
    T map(ResultSet row) throws SQLException;
  }
}
