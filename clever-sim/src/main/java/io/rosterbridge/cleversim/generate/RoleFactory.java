package io.rosterbridge.cleversim.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;

/** Builds the per-role objects under {@code roles} of a generated user. */
final class RoleFactory {

  private static final String[] RACES = {"Caucasian", "Asian", "Black or African American", ""};
  private static final String[] STAFF_TITLES = {"Counselor", "Librarian", "Nurse", "Aide"};
  private final Context ctx;

  RoleFactory(Context ctx) {
    this.ctx = ctx;
  }

  ObjectNode student(int user, int student) {
    int school = ctx.layout.schoolOfStudent(student);
    String grade = Grades.pick(ctx.schoolLevel(school), Mix.pick(ctx.seed, Mix.GRADE, user, 60));
    int gradYear = Grades.graduationYear(grade);
    ObjectNode role = Json.object().put("sis_id", String.valueOf(100_000 + student));
    role.put("student_number", String.valueOf(500_000 + student));
    role.put("state_id", String.valueOf(9_000_000_000L + student));
    role.put("school", ctx.schoolId(school)).set("schools", schools(user, school));
    role.set("enrollments", enrollments(role.withArray("schools")));
    role.put("grade", grade).put("graduation_year", String.valueOf(gradYear));
    int detail = Mix.pick(ctx.seed, Mix.DETAIL, user, 1 << 20);
    role.put("dob", (1 + detail % 12) + "/" + (1 + detail % 28) + "/" + (gradYear - 18));
    role.put("gender", detail % 3 == 0 ? "F" : detail % 3 == 1 ? "M" : "X");
    role.put("race", RACES[detail % RACES.length]);
    role.put("hispanic_ethnicity", detail % 5 == 0 ? "Y" : "N");
    role.put("ell_status", detail % 9 == 0 ? "Y" : "N");
    credentials(role, user, previous(user, student), false);
    return role.put("legacy_id", legacy(user, 0));
  }

  ObjectNode teacher(int user, int teacher) {
    int school = ctx.layout.schoolOfTeacher(teacher);
    ObjectNode role = Json.object().put("sis_id", "T" + (1000 + teacher));
    role.put("teacher_number", String.valueOf(200_000 + teacher));
    role.put("state_id", String.valueOf(7_000_000_000L + teacher));
    String grade = Grades.pick(ctx.schoolLevel(school), teacher);
    role.put(
        "title",
        grade.equals("Kindergarten") ? "Kindergarten Teacher" : "Grade " + grade + " Teacher");
    role.put("school", ctx.schoolId(school)).set("schools", schools(user, school));
    credentials(role, user, previous(user, teacher), false);
    return role.put("legacy_id", legacy(user, 1));
  }

  /** The staff role of a staff user, or of a teacher who is also staff ({@code teacher} >= 0). */
  ObjectNode staff(int user, int staff, int teacher) {
    ObjectNode role = Json.object();
    if (teacher >= 0) {
      role.put("staff_id", "TS" + (1000 + teacher));
      role.set("schools", schools(user, ctx.layout.schoolOfTeacher(teacher)));
      role.put("department", "Instruction").put("title", "Instructional Coach");
    } else {
      role.put("staff_id", "F" + (1000 + staff));
      role.set("schools", staffSchools(staff));
      role.put("department", "Student Services").put("title", STAFF_TITLES[staff % 4]);
    }
    role.set("roles", Json.array().add(role.path("title").asText()));
    credentials(role, user, teacher >= 0 ? -1 : previous(user, staff), teacher >= 0);
    return role.put("legacy_id", legacy(user, 2));
  }

  ObjectNode districtAdmin(int user) {
    String title = user % 2 == 0 ? "Technology Director" : "Assistant Superintendent";
    return Json.object().put("title", title).put("legacy_id", legacy(user, 3));
  }

  ObjectNode contact(int user, int contact) {
    ObjectNode role = Json.object().put("sis_id", "C" + (1000 + contact));
    role.put("phone", "555-01" + String.format("%02d", contact % 100)).put("phone_type", "Cell");
    ArrayNode relationships = role.putArray("student_relationships");
    if (ctx.spec.students() > 0) {
      int student = Layout.owner(contact, ctx.spec.contacts(), ctx.spec.students());
      relationships.add(
          Json.object()
              .put("student", ctx.userId(student))
              .put("relationship", contact % 4 == 0 ? "Grandparent" : "Parent")
              .put("type", "Parent/Guardian"));
    }
    return role.put("legacy_id", legacy(user, 4));
  }

  private ArrayNode schools(int user, int school) {
    ArrayNode schools = Json.array().add(ctx.schoolId(school));
    if (ctx.multiSchool(user)) {
      schools.add(ctx.schoolId((school + 1) % ctx.spec.schools()));
    }
    return schools;
  }

  private ArrayNode staffSchools(int staff) {
    int first = ctx.layout.schoolOfStaff(staff);
    int count = Math.min(ctx.spec.schools(), 1 + staff % 3);
    ArrayNode schools = Json.array();
    for (int i = 0; i < count; i++) {
      schools.add(ctx.schoolId((first + i) % ctx.spec.schools()));
    }
    return schools;
  }

  private static ArrayNode enrollments(ArrayNode schools) {
    ArrayNode out = Json.array();
    schools.forEach(
        s -> out.add(Json.object().put("school", s.asText()).put("start_date", "2025-08-18")));
    return out;
  }

  private void credentials(ObjectNode role, int user, int previous, boolean staffOfTeacher) {
    ObjectNode credentials = ctx.usernames.credentials(user, previous, staffOfTeacher);
    if (credentials != null) {
      role.set("credentials", credentials);
    }
  }

  private static int previous(int user, int local) {
    return local > 0 ? user - 1 : -1;
  }

  private String legacy(int user, int role) {
    return ctx.ids.legacyId(RecordType.USERS, user * 8 + role);
  }
}
