package io.rosterbridge.rosterwriter.service.csv;

import io.rosterbridge.events.account.AccountSource;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.rosterwriter.entity.Account;
import java.util.List;
import java.util.Set;

/** The checks of an admins CSV row that need the district's accounts and schools. */
final class ImportChecks {

  private ImportChecks() {}

  /** Adds the row's errors, if any. */
  static void check(CsvRow row, List<Account> holders, Set<String> schools, List<RowError> errors) {
    for (String school : row.schoolIds()) {
      if (!schools.contains(school)) {
        errors.add(new RowError(row.line(), "unknown school " + RowError.quoted(school)));
      }
    }
    String name = "username " + RowError.quoted(row.username());
    if (holders.size() > 1) {
      errors.add(new RowError(row.line(), name + " matches several accounts"));
      return;
    }
    if (holders.isEmpty() || AdminImport.sameKind(row.role(), holders.get(0))) {
      return;
    }
    Account holder = holders.get(0);
    errors.add(new RowError(row.line(), name + " " + heldBy(holder)));
  }

  private static String heldBy(Account holder) {
    if (holder.cleverUserId != null && holder.source != AccountSource.MANUAL) {
      return "belongs to a Clever-linked account";
    }
    if (holder.status == AccountStatus.DELETED) {
      return "belongs to a soft-deleted account";
    }
    return holder.source == AccountSource.MANUAL
        ? "belongs to a manually created admin account"
        : "belongs to an existing " + holder.source + " account";
  }
}
