package io.rosterbridge.usermatcher.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.events.account.AccountRole;
import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.usermatcher.entity.IndexedAccount;
import io.rosterbridge.usermatcher.identity.KnownAccount;
import io.rosterbridge.usermatcher.identity.Username;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The identity index (table {@code identity_account}): single accounts through Panache, a
 * district's whole index and a run's updates through batched JDBC (up to hundreds of thousands).
 */
@ApplicationScoped
public class AccountIndexRepository implements PanacheRepositoryBase<IndexedAccount, String> {

  private static final TypeReference<List<AccountRole>> ROLES = new TypeReference<>() {};
  private static final int BATCH = 1_000;
  private static final String SELECT =
      "select account_id, clever_user_id, username, source, status, roles"
          + " from identity_account where district_id = ?";
  // The writer's version stays as it is: only a newer copy from roster.accounts replaces the row.
  private static final String UPSERT =
      "insert into identity_account (account_id, district_id, clever_user_id, username,"
          + " username_key, source, status, roles, version, resolved_in_run, updated_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, 0, ?, ?)"
          + " on conflict (account_id) do update set clever_user_id = excluded.clever_user_id,"
          + " username = excluded.username, username_key = excluded.username_key,"
          + " source = excluded.source, status = excluded.status, roles = excluded.roles,"
          + " resolved_in_run = excluded.resolved_in_run, updated_at = excluded.updated_at";

  private final Jdbc jdbc;

  public AccountIndexRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Serialises changes to one district's index until the transaction ends (a PostgreSQL
   * transaction-level advisory lock): a run resolves against an index nobody changes meanwhile.
   */
  public void lockDistrict(String districtId) {
    getEntityManager()
        .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
        .setParameter(1, "user-matcher:" + districtId)
        .getSingleResult();
  }

  /** Every account of the district as the resolver sees it. */
  public List<KnownAccount> index(String districtId) {
    return jdbc.call(
        c -> {
          try (PreparedStatement query = c.prepareStatement(SELECT)) {
            query.setFetchSize(5_000);
            query.setString(1, districtId);
            List<KnownAccount> accounts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                accounts.add(known(rows));
              }
            }
            return accounts;
          }
        });
  }

  /** Writes accounts as a run's resolution left them; new ones are added. */
  public void record(
      String districtId, String runId, Collection<KnownAccount> accounts, Instant now) {
    jdbc.call(
        c -> {
          try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            int pending = 0;
            for (KnownAccount account : accounts) {
              bind(upsert, districtId, runId, account, now);
              upsert.addBatch();
              if (++pending % BATCH == 0) {
                upsert.executeBatch();
              }
            }
            upsert.executeBatch();
            return null;
          }
        });
  }

  /** The index entry of a stored row. */
  public static KnownAccount known(IndexedAccount row) {
    return new KnownAccount(
        row.accountId,
        row.cleverUserId,
        Username.parse(row.username).orElse(null),
        row.source,
        row.status,
        row.roles);
  }

  private static KnownAccount known(ResultSet row) throws SQLException {
    return new KnownAccount(
        row.getString(1),
        row.getString(2),
        Username.parse(row.getString(3)).orElse(null),
        AccountSource.valueOf(row.getString(4)),
        AccountStatus.valueOf(row.getString(5)),
        JsonColumns.read(row.getString(6), ROLES));
  }

  private static void bind(
      PreparedStatement upsert, String districtId, String runId, KnownAccount a, Instant now)
      throws SQLException {
    upsert.setString(1, a.accountId());
    upsert.setString(2, districtId);
    upsert.setString(3, a.cleverUserId());
    upsert.setString(4, a.username() == null ? null : a.username().display());
    upsert.setString(5, a.key() == null ? null : a.key().value());
    upsert.setString(6, a.source().name());
    upsert.setString(7, a.status().name());
    upsert.setString(8, JsonColumns.write(a.roles()));
    upsert.setString(9, runId);
    upsert.setObject(10, now.atOffset(ZoneOffset.UTC));
  }
}
