package io.rosterbridge.rosterwriter.repository;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.events.account.RoleSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The account outbox: accounts whose current state must still go out on {@code roster.accounts},
 * queued in the transaction that changed them and removed once the broker has them.
 */
@ApplicationScoped
public class OutboxRepository {

  /** Queues every account the current apply changed (noted in {@code tmp_account_change}). */
  public void enqueueChanged(Connection connection) throws SQLException {
    Sql.script("enqueue-changed-accounts").update(connection, Map.of());
  }

  /** Queues one account. */
  public void enqueue(Connection connection, String accountId) throws SQLException {
    Sql.script("enqueue-account").update(connection, Map.of("account", accountId));
  }

  /** Queues every account once in the writer's life; returns whether it did now. */
  public boolean enqueueAllOnce(Connection connection) throws SQLException {
    int first = Sql.script("mark-accounts-announced").update(connection, Map.of());
    if (first > 0) {
      Sql.of(
              "insert into account_outbox (account_id, version) select id, version from account"
                  + " on conflict (account_id) do update set version = excluded.version")
          .update(connection, Map.of());
    }
    return first > 0;
  }

  /**
   * Up to {@code limit} queued accounts whose ids follow {@code after} ({@code ""} for the first),
   * in their current state, with the version queued.
   */
  public List<Queued> pending(Connection connection, String after, int limit) throws SQLException {
    List<Queued> accounts =
        Sql.script("pending-accounts")
            .list(connection, Map.of("after", after, "limit", limit), this::queued);
    Map<String, List<AccountRole>> roles = roles(connection, accounts);
    return accounts.stream()
        .map(q -> q.withRoles(roles.getOrDefault(q.account().accountId(), List.of())))
        .toList();
  }

  /** Removes sent accounts unless they were queued again with a newer version meanwhile. */
  public void remove(Connection connection, List<Queued> sent) throws SQLException {
    Array ids = connection.createArrayOf("varchar", sent.stream().map(Queued::id).toArray());
    Array versions =
        connection.createArrayOf("bigint", sent.stream().map(Queued::queuedVersion).toArray());
    Sql.script("remove-sent-accounts").update(connection, Map.of("ids", ids, "versions", versions));
  }

  private Queued queued(ResultSet row) throws SQLException {
    AccountChanged account =
        new AccountChanged(
            row.getString("id"),
            row.getString("district_id"),
            row.getString("clever_user_id"),
            row.getString("username"),
            row.getString("username_key"),
            AccountSource.valueOf(row.getString("source")),
            AccountStatus.valueOf(row.getString("status")),
            List.of(),
            row.getLong("version"),
            row.getObject("updated_at", OffsetDateTime.class).toInstant());
    return new Queued(account, row.getLong("queued_version"));
  }

  private Map<String, List<AccountRole>> roles(Connection connection, List<Queued> accounts)
      throws SQLException {
    Map<String, List<AccountRole>> roles = new HashMap<>();
    if (accounts.isEmpty()) {
      return roles;
    }
    Array ids = connection.createArrayOf("varchar", accounts.stream().map(Queued::id).toArray());
    Sql.script("active-roles").list(connection, Map.of("ids", ids), row -> role(row, roles));
    return roles;
  }

  private static Void role(ResultSet row, Map<String, List<AccountRole>> roles)
      throws SQLException {
    roles
        .computeIfAbsent(row.getString("account_id"), k -> new ArrayList<>())
        .add(
            new AccountRole(
                AccountRoleType.valueOf(row.getString("role")),
                row.getString("school_id"),
                RoleSource.valueOf(row.getString("source"))));
    return null;
  }

  /** An account to publish and the version its outbox row asked for. */
  public record Queued(AccountChanged account, long queuedVersion) {

    String id() {
      return account.accountId();
    }

    Queued withRoles(List<AccountRole> roles) {
      AccountChanged a = account;
      return new Queued(
          new AccountChanged(
              a.accountId(),
              a.districtId(),
              a.cleverUserId(),
              a.username(),
              a.usernameKey(),
              a.source(),
              a.status(),
              roles,
              a.version(),
              a.changedAt()),
          queuedVersion);
    }
  }
}
