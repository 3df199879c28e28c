package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.CleverSection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The enrollments a section names: its primary teacher (TEACHER, primary), its other teachers
 * (CO_TEACHER) and its students (STUDENT). Without a primary teacher every teacher is a TEACHER.
 */
public final class SectionMembers {

  /** One enrollment of a section. */
  public record Member(String cleverUserId, String role, boolean primary) {}

  private SectionMembers() {}

  /**
   * The members, teachers first, each Clever user once (a teacher who is also listed as a student
   * stays a teacher).
   */
  public static List<Member> of(CleverSection section) {
    String primary = blankToNull(section.primaryTeacherId());
    Set<String> teachers = new LinkedHashSet<>();
    if (primary != null) {
      teachers.add(primary);
    }
    section.teacherIds().stream()
        .map(SectionMembers::blankToNull)
        .forEach(id -> addIfPresent(teachers, id));
    List<Member> members = new ArrayList<>();
    for (String teacher : teachers) {
      boolean isPrimary = teacher.equals(primary);
      String role = primary == null || isPrimary ? "TEACHER" : "CO_TEACHER";
      members.add(new Member(teacher, role, isPrimary));
    }
    Set<String> students = new LinkedHashSet<>();
    section.studentIds().stream()
        .map(SectionMembers::blankToNull)
        .forEach(id -> addIfPresent(students, id));
    students.removeAll(teachers);
    students.forEach(student -> members.add(new Member(student, "STUDENT", false)));
    return members;
  }

  private static void addIfPresent(Set<String> ids, String id) {
    if (id != null) {
      ids.add(id);
    }
  }

  private static String blankToNull(String id) {
    return id == null || id.isBlank() ? null : id;
  }
}
