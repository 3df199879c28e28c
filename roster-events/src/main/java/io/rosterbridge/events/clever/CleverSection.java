package io.rosterbridge.events.clever;

import java.util.List;

/**
 * A Clever section (a class). Its {@code teacherIds} and {@code studentIds} are the class
 * enrollments; {@code primaryTeacherId} is Clever's {@code teacher}.
 */
public record CleverSection(
    String id,
    String schoolId,
    String name,
    String period,
    String subject,
    String grade,
    String termId,
    String courseId,
    String primaryTeacherId,
    List<String> teacherIds,
    List<String> studentIds,
    String lastModified) {

  public CleverSection {
    teacherIds = teacherIds == null ? List.of() : List.copyOf(teacherIds);
    studentIds = studentIds == null ? List.of() : List.copyOf(studentIds);
  }
}
