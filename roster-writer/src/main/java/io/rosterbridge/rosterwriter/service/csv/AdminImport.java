package io.rosterbridge.rosterwriter.service.csv;

import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.rosterwriter.entity.Account;
import io.rosterbridge.rosterwriter.repository.Jdbc;
import io.rosterbridge.rosterwriter.repository.OutboxRepository;
import io.rosterbridge.rosterwriter.repository.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports an admins CSV into a district, all or nothing: every row is checked (file, roles,
 * schools, usernames repeated or already held by a Clever-linked or other account) before anything
 * is written; one error rejects the file with every row error listed.
 */
@ApplicationScoped
public class AdminImport {

  private final Jdbc jdbc;
  private final OutboxRepository outbox;

  public AdminImport(Jdbc jdbc, OutboxRepository outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
  }

  /** What an import did, and the account of each row (in row order). */
  public record Summary(int created, int updated, int unchanged, List<String> accountIds) {}

  /**
   * Imports the file.
   *
   * @throws CsvRejectedException with every row error when any row is invalid
   */
  @Transactional
  public Summary importCsv(String districtId, byte[] csv, String actor) {
    AdminCsvParser.Parsed parsed = AdminCsvParser.parse(csv);
    List<RowError> errors = new ArrayList<>(parsed.errors());
    Map<String, List<Account>> holders = holders(districtId, parsed.rows());
    Set<String> schools = activeSchools(districtId);
    for (CsvRow row : parsed.rows()) {
      ImportChecks.check(row, holders.getOrDefault(row.usernameKey(), List.of()), schools, errors);
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingLong(RowError::line));
      throw new CsvRejectedException(errors);
    }
    Instant now = Instant.now();
    jdbc.call(
        c -> Sql.script("ensure-district").update(c, Map.of("district", districtId, "now", now)));
    ImportWriter writer = new ImportWriter(districtId, actor, now);
    for (CsvRow row : parsed.rows()) {
      List<Account> existing = holders.getOrDefault(row.usernameKey(), List.of());
      writer.write(row, existing.isEmpty() ? null : existing.get(0));
    }
    Account.flush();
    jdbc.call(
        c -> {
          for (String id : writer.changed()) {
            outbox.enqueue(c, id);
          }
          return null;
        });
    return writer.summary();
  }

  private static Map<String, List<Account>> holders(String districtId, List<CsvRow> rows) {
    Set<String> keys = rows.stream().map(CsvRow::usernameKey).collect(Collectors.toSet());
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<Account> accounts =
        Account.list("districtId = ?1 and usernameKey in ?2", districtId, new HashSet<>(keys));
    return accounts.stream().collect(Collectors.groupingBy(a -> a.usernameKey));
  }

  private Set<String> activeSchools(String districtId) {
    return new HashSet<>(
        jdbc.call(
            c ->
                Sql.of(
                        "select clever_id from school where district_id = :district"
                            + " and deleted_at is null")
                    .list(c, Map.of("district", districtId), r -> r.getString(1))));
  }

  /** True for the account kind a row of this role may update. */
  static boolean sameKind(CsvRole role, Account account) {
    return account.source == role.source()
        && account.status == AccountStatus.ACTIVE
        && (account.cleverUserId == null || account.source == AccountSource.MANUAL);
  }
}
