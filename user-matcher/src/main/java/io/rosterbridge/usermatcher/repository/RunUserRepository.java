package io.rosterbridge.usermatcher.repository;

import io.rosterbridge.events.clever.CleverUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The users buffered for open runs (table {@code run_user}) and the users they remove (table {@code
 * run_user_removal}). Plain JDBC: a run holds up to hundreds of thousands of users, loaded once
 * when it resolves.
 */
@ApplicationScoped
public class RunUserRepository {

  private static final String PUT =
      "insert into run_user (run_id, clever_user_id, clever_user) values (?, ?, ?::jsonb)"
          + " on conflict (run_id, clever_user_id) do update set clever_user = excluded.clever_user";

  private final Jdbc jdbc;

  public RunUserRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Buffers the users of a run in one round of statements; a copy already buffered for the run is
   * replaced (the last one read wins).
   */
  public void putAll(String runId, List<CleverUser> buffered) {
    jdbc.call(
        c -> {
          try (PreparedStatement put = c.prepareStatement(PUT)) {
            for (CleverUser user : buffered) {
              put.setString(1, runId);
              put.setString(2, user.id());
              put.setString(3, JsonColumns.write(user));
              put.addBatch();
            }
            return put.executeBatch().length;
          }
        });
  }

  /** Notes that the run removes the user (a re-delivery changes nothing). */
  public void putRemoval(String runId, String cleverUserId) {
    jdbc.call(
        c -> {
          try (PreparedStatement put =
              c.prepareStatement(
                  "insert into run_user_removal (run_id, clever_user_id) values (?, ?)"
                      + " on conflict do nothing")) {
            put.setString(1, runId);
            put.setString(2, cleverUserId);
            return put.executeUpdate();
          }
        });
  }

  /** Every user buffered for the run, in no particular order. */
  public List<CleverUser> load(String runId) {
    return jdbc.call(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("select clever_user from run_user where run_id = ?")) {
            query.setFetchSize(5_000);
            query.setString(1, runId);
            List<CleverUser> users = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                users.add(JsonColumns.read(rows.getString(1), CleverUser.class));
              }
            }
            return users;
          }
        });
  }

  /** How many distinct user records the run brought: users buffered plus users removed. */
  public int count(String runId) {
    return jdbc.call(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "select (select count(*) from run_user where run_id = ?)"
                      + " + (select count(*) from run_user_removal where run_id = ?)")) {
            query.setString(1, runId);
            query.setString(2, runId);
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              return rows.getInt(1);
            }
          }
        });
  }

  /** Drops the run's buffer and removals. */
  public void drop(String runId) {
    jdbc.call(
        c -> {
          try (PreparedStatement users =
                  c.prepareStatement("delete from run_user where run_id = ?");
              PreparedStatement removals =
                  c.prepareStatement("delete from run_user_removal where run_id = ?")) {
            users.setString(1, runId);
            removals.setString(1, runId);
            return users.executeUpdate() + removals.executeUpdate();
          }
        });
  }
}
