package io.rosterbridge.cleversim.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;

/** Builds generated sections: one per teacher and period, rosters computed by {@link Layout}. */
final class SectionFactory {

  private final Context ctx;

  SectionFactory(Context ctx) {
    this.ctx = ctx;
  }

  ObjectNode section(int section) {
    int teacher = ctx.layout.teacherOfSection(section);
    int period = ctx.layout.periodOfSection(section);
    int school = ctx.layout.schoolOfTeacher(teacher);
    int course = Catalog.courseOf(teacher, period);
    int teacherUser = ctx.layout.global(UserKind.TEACHER, teacher);
    String teacherName = ctx.names.of(teacherUser).last();
    ObjectNode node = Json.object().put("id", ctx.ids.id(RecordType.SECTIONS, section));
    node.put("district", ctx.districtId).put("school", ctx.schoolId(school));
    node.put("name", Catalog.courseName(course) + " - " + teacherName + " - " + (period + 1));
    node.put("sis_id", "SEC-" + (10_000 + section))
        .put("section_number", String.valueOf(period + 1));
    node.put("period", String.valueOf(period + 1)).put("subject", Catalog.subject(course));
    node.put("grade", Grades.pick(ctx.schoolLevel(school), teacher));
    node.put("course", ctx.ids.id(RecordType.COURSES, course));
    node.put("term_id", ctx.ids.id(RecordType.TERMS, section % Catalog.TERMS.length));
    node.put("teacher", ctx.userId(teacherUser)).set("teachers", teachers(section, teacherUser));
    node.set("students", students(section));
    return node.put("created", ctx.created).put("last_modified", ctx.modified);
  }

  private ArrayNode teachers(int section, int teacherUser) {
    ArrayNode teachers = Json.array().add(ctx.userId(teacherUser));
    int colleague = ctx.layout.colleagueOf(ctx.layout.teacherOfSection(section));
    if (colleague >= 0
        && Mix.unit(ctx.seed, Mix.CO_TEACHER, section) < ctx.spec.coTeacherFraction()) {
      teachers.add(ctx.userId(ctx.layout.global(UserKind.TEACHER, colleague)));
    }
    return teachers;
  }

  private ArrayNode students(int section) {
    ArrayNode students = Json.array();
    for (int student : ctx.layout.rosterOfSection(section)) {
      students.add(ctx.userId(student));
    }
    return students;
  }
}
