package io.rosterbridge.rosterwriter.rest;

import io.rosterbridge.rosterwriter.entity.AuditEntry;
import io.rosterbridge.rosterwriter.entity.District;
import io.rosterbridge.rosterwriter.rest.Views.DistrictSettings;
import jakarta.ws.rs.BadRequestException;
import java.math.BigDecimal;

/** Validates and applies a change of a district's settings, with an audit entry. */
final class SettingsChange {

  private SettingsChange() {}

  static void apply(District district, DistrictSettings settings, String actor) {
    if (settings == null) {
      throw new BadRequestException("settings are required");
    }
    requireNonNegative(settings.studentSeats(), "studentSeats");
    requireNonNegative(settings.staffSeats(), "staffSeats");
    requireNonNegative(settings.guardMinRecords(), "guardMinRecords");
    BigDecimal percent = settings.guardMaxPercent();
    if (percent != null
        && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new BadRequestException("guardMaxPercent must be between 0 and 100");
    }
    if (settings.studentSeats() != null) {
      district.studentSeats = settings.studentSeats();
    }
    if (settings.staffSeats() != null) {
      district.staffSeats = settings.staffSeats();
    }
    if (percent != null) {
      district.guardMaxPercent = percent;
    }
    if (settings.guardMinRecords() != null) {
      district.guardMinRecords = settings.guardMinRecords();
    }
    AuditEntry.of(
            district.id, "DISTRICT", district.id, "SETTINGS_CHANGED", actor, settings.toString())
        .persist();
  }

  private static void requireNonNegative(Integer value, String name) {
    if (value != null && value < 0) {
      throw new BadRequestException(name + " cannot be negative");
    }
  }
}
