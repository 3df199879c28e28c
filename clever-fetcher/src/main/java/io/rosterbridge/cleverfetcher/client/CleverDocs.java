package io.rosterbridge.cleverfetcher.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.events.clever.CleverCourse;
import io.rosterbridge.events.clever.CleverDistrict;
import io.rosterbridge.events.clever.CleverSchool;
import io.rosterbridge.events.clever.CleverSection;
import io.rosterbridge.events.clever.CleverTerm;
import java.util.List;

/**
 * The Clever v3.0 objects as they arrive (only the fields the roster needs; the rest, e-mail
 * included, is never read), and their conversion to the event contract's records.
 */
public final class CleverDocs {

  private CleverDocs() {}

  /** A district. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DistrictDoc(
      String id, String name, String state, @JsonProperty("last_sync") String lastSync)
      implements CleverDoc {

    public CleverDistrict toDistrict() {
      return new CleverDistrict(id, name, state, lastSync);
    }
  }

  /** A school. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SchoolDoc(
      String id,
      String name,
      @JsonProperty("sis_id") String sisId,
      @JsonProperty("school_number") String schoolNumber,
      @JsonProperty("low_grade") String lowGrade,
      @JsonProperty("high_grade") String highGrade,
      @JsonProperty("last_modified") String lastModified)
      implements CleverDoc {

    public CleverSchool toSchool() {
      return new CleverSchool(id, name, sisId, schoolNumber, lowGrade, highGrade, lastModified);
    }
  }

  /** A term; dates stay the strings Clever sends. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TermDoc(
      String id,
      String name,
      @JsonProperty("start_date") String startDate,
      @JsonProperty("end_date") String endDate)
      implements CleverDoc {

    public CleverTerm toTerm() {
      return new CleverTerm(id, name, startDate, endDate);
    }
  }

  /** A course. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CourseDoc(String id, String name, String number) implements CleverDoc {

    public CleverCourse toCourse() {
      return new CleverCourse(id, name, number);
    }
  }

  /** A section; its {@code teachers} and {@code students} arrays are the class enrollments. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SectionDoc(
      String id,
      String school,
      String name,
      String period,
      String subject,
      String grade,
      @JsonProperty("term_id") String termId,
      String course,
      String teacher,
      List<String> teachers,
      List<String> students,
      @JsonProperty("last_modified") String lastModified)
      implements CleverDoc {

    /** The section; without a {@code teachers} array the primary teacher is its only teacher. */
    public CleverSection toSection() {
      List<String> allTeachers =
          teachers != null ? teachers : teacher == null ? List.of() : List.of(teacher);
      return new CleverSection(
          id,
          school,
          name,
          period,
          subject,
          grade,
          termId,
          course,
          teacher,
          allTeachers,
          students,
          lastModified);
    }
  }

  /** One event of the Events API; {@code data.object} is the whole object after the change. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record EventDoc(String id, String type, String created, EventData data)
      implements CleverDoc {}

  /** The payload of an event ({@code previous_attributes} is not needed and not read). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record EventData(ObjectNode object) {}
}
