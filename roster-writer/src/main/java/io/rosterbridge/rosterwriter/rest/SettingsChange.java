package io.rosterbridge.rosterwriter.rest;

import io.rosterbridge.rosterwriter.entity.AuditEntry;
import io.rosterbridge.rosterwriter.entity.District;
import io.rosterbridge.rosterwriter.rest.Views.DistrictSettings;
import jakarta.ws.rs.BadRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates a change of a district's settings as a whole (every problem named, nothing applied
 * unless all is valid), applies it, and audits what changed from what to what.
 */
final class SettingsChange {

  private static final String KNOWN =
      "the settings are studentSeats, staffSeats, guardMaxPercent and guardMinRecords";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SettingsChange() {}

  /**
   * Applies the settings given (null ones stay as they are).
   *
   * @throws BadRequestException naming every problem when any setting is invalid
   */
  static void apply(District district, DistrictSettings settings, String actor) {
    List<String> problems = problems(settings);
    if (!problems.isEmpty()) {
      throw new BadRequestException(String.join("; ", problems));
    }
    List<String> changes = new ArrayList<>();
    if (changed("studentSeats", district.studentSeats, settings.studentSeats(), changes)) {
      district.studentSeats = settings.studentSeats();
    }
    if (changed("staffSeats", district.staffSeats, settings.staffSeats(), changes)) {
      district.staffSeats = settings.staffSeats();
    }
    if (changed("guardMaxPercent", district.guardMaxPercent, settings.guardMaxPercent(), changes)) {
      district.guardMaxPercent = settings.guardMaxPercent();
    }
    if (changed("guardMinRecords", district.guardMinRecords, settings.guardMinRecords(), changes)) {
      district.guardMinRecords = settings.guardMinRecords();
    }
    if (!changes.isEmpty()) {
      district.updatedAt = Instant.now();
      AuditEntry.of(
              district.id,
              "DISTRICT",
              district.id,
              "SETTINGS_CHANGED",
              actor,
              String.join(", ", changes))
          .persist();
    }
  }

  private static List<String> problems(DistrictSettings settings) {
    if (settings == null) {
      return List.of("the body must be a JSON object with the settings to change");
    }
    if (settings.studentSeats() == null
        && settings.staffSeats() == null
        && settings.guardMaxPercent() == null
        && settings.guardMinRecords() == null) {
      return List.of("no setting given; " + KNOWN);
    }
    List<String> problems = new ArrayList<>();
    nonNegative(settings.studentSeats(), "studentSeats", problems);
    nonNegative(settings.staffSeats(), "staffSeats", problems);
    BigDecimal percent = settings.guardMaxPercent();
    if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
      problems.add("guardMaxPercent must be between 0 and 100");
    } else if (percent != null && percent.stripTrailingZeros().scale() > 2) {
      // the column keeps two decimals; more would be rounded away silently
      problems.add("guardMaxPercent can have at most 2 decimal places");
    }
    nonNegative(settings.guardMinRecords(), "guardMinRecords", problems);
    return problems;
  }

  private static void nonNegative(Integer value, String name, List<String> problems) {
    if (value != null && value < 0) {
      problems.add(name + " cannot be negative");
    }
  }

  /** True when a value is given and differs from the current one; notes the change. */
  private static boolean changed(String name, Object current, Object given, List<String> changes) {
    if (given == null || same(current, given)) {
      return false;
    }
    String unset = name.startsWith("guard") ? "default" : "none";
    changes.add(name + ": " + shown(current, unset) + " -> " + shown(given, unset));
    return true;
  }

  private static boolean same(Object current, Object given) {
    if (current instanceof BigDecimal a && given instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return Objects.equals(current, given);
  }

  private static String shown(Object value, String unset) {
    if (value == null) {
      return unset;
    }
    return value instanceof BigDecimal d
        ? d.stripTrailingZeros().toPlainString()
        : value.toString();
  }
}
