package io.rosterbridge.rosterwriter.rest;

import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.rosterwriter.entity.District;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the read API. */
public final class Views {

  private Views() {}

  /** A district and its settings (null seats: no limit; null thresholds: the defaults). */
  public record DistrictView(
      String id,
      String name,
      String state,
      Integer studentSeats,
      Integer staffSeats,
      BigDecimal guardMaxPercent,
      Integer guardMinRecords) {

    static DistrictView of(District d) {
      return new DistrictView(
          d.id,
          d.name,
          d.state,
          d.studentSeats,
          d.staffSeats,
          d.guardMaxPercent,
          d.guardMinRecords);
    }
  }

  /** Settings an operator or the district's admin may change; null leaves a value as it is. */
  public record DistrictSettings(
      Integer studentSeats,
      Integer staffSeats,
      BigDecimal guardMaxPercent,
      Integer guardMinRecords) {}

  /** One run in a district's history. */
  public record RunSummary(
      String id,
      String districtId,
      String mode,
      String trigger,
      String state,
      Boolean complete,
      Instant startedAt,
      Instant finishedAt,
      String approvedBy) {

    static RunSummary of(RosterRun r) {
      return new RunSummary(
          r.id,
          r.districtId,
          name(r.mode),
          name(r.trigger),
          name(r.state),
          r.complete,
          r.startedAt,
          r.finishedAt,
          r.approvedBy);
    }
  }

  /** One run with its report (null while it runs). */
  public record RunView(
      RunSummary run, String failureReason, String failureMessage, RunReport report) {}

  /** A role of an account. */
  public record RoleView(String role, String schoolId, String source) {}

  /** A class an account is enrolled in. */
  public record ClassMembership(
      String classId, String name, String schoolId, String role, boolean primary) {}

  /** An account with its active roles and classes. */
  public record AccountView(
      String id,
      String districtId,
      String cleverUserId,
      String username,
      String source,
      String status,
      boolean adminOverride,
      String firstName,
      String lastName,
      long version,
      List<RoleView> roles,
      List<ClassMembership> classes) {}

  /** A member of a class. */
  public record Member(
      String accountId,
      String username,
      String firstName,
      String lastName,
      String role,
      boolean primary) {}

  /** A class and its active members. */
  public record ClassRoster(
      String classId,
      String districtId,
      String name,
      String schoolId,
      String termId,
      String period,
      String subject,
      String grade,
      boolean active,
      List<Member> members) {}

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
