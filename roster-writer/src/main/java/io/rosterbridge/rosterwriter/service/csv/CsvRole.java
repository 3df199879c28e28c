package io.rosterbridge.rosterwriter.service.csv;

import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code role} column of an admins CSV: a district or school admin (a MANUAL account with a
 * MANUAL role) or a pre-existing account of the application (LEGACY, no role until Clever links
 * it).
 */
public enum CsvRole {
  DISTRICT_ADMIN(AccountSource.MANUAL, AccountRoleType.DISTRICT_ADMIN),
  SCHOOL_ADMIN(AccountSource.MANUAL, AccountRoleType.SCHOOL_ADMIN),
  LEGACY(AccountSource.LEGACY, null);

  private final AccountSource source;
  private final AccountRoleType role;

  CsvRole(AccountSource source, AccountRoleType role) {
    this.source = source;
    this.role = role;
  }

  /** The account source rows of this role create. */
  public AccountSource source() {
    return source;
  }

  /** The MANUAL role granted, or null for LEGACY rows. */
  public AccountRoleType role() {
    return role;
  }

  /** The role a cell names (case and surrounding space ignored), if any. */
  public static Optional<CsvRole> parse(String cell) {
    String name = cell == null ? "" : cell.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
  }

  /** The accepted spellings, for error messages. */
  public static String accepted() {
    return "district_admin, school_admin or legacy";
  }
}
