package io.rosterbridge.cleversim.generate;

import io.rosterbridge.cleversim.config.GeneratorSpec;

/**
 * Index arithmetic of a generated district. Users are laid out in blocks (students, teachers,
 * staff, district admins, contacts); schools own contiguous runs of students and teachers; each
 * teacher teaches one section per period, and in each period a school's students are dealt out to
 * its teachers after a period-specific rotation, so every roster is a computed index range.
 */
final class Layout {

  private final GeneratorSpec spec;
  private final int[] starts;

  Layout(GeneratorSpec spec) {
    this.spec = spec;
    int teachers = spec.students();
    int staff = teachers + spec.teachers();
    int admins = staff + spec.staff();
    int contacts = admins + spec.districtAdmins();
    this.starts = new int[] {0, teachers, staff, admins, contacts, contacts + spec.contacts()};
  }

  int userCount() {
    return starts[5];
  }

  UserKind kind(int user) {
    for (int k = 4; k > 0; k--) {
      if (user >= starts[k]) {
        return UserKind.values()[k];
      }
    }
    return UserKind.STUDENT;
  }

  /** The index of a user within its kind's block. */
  int local(int user) {
    return user - starts[kind(user).ordinal()];
  }

  /** The global user index of the n-th user of a kind. */
  int global(UserKind kind, int local) {
    return starts[kind.ordinal()] + local;
  }

  int schoolOfStudent(int student) {
    return owner(student, spec.students(), spec.schools());
  }

  int schoolOfTeacher(int teacher) {
    return owner(teacher, spec.teachers(), spec.schools());
  }

  int schoolOfStaff(int staff) {
    return owner(staff, spec.staff(), spec.schools());
  }

  int sectionCount() {
    return spec.teachers() * spec.periods();
  }

  int teacherOfSection(int section) {
    return section / spec.periods();
  }

  int periodOfSection(int section) {
    return section % spec.periods();
  }

  /** The next teacher of the same school (co-teacher candidate), or -1 if the teacher is alone. */
  int colleagueOf(int teacher) {
    int school = schoolOfTeacher(teacher);
    int first = start(school, spec.teachers());
    int count = start(school + 1, spec.teachers()) - first;
    return count < 2 ? -1 : first + (teacher - first + 1) % count;
  }

  /** Global user indices of the students of a section, ascending. */
  int[] rosterOfSection(int section) {
    int teacher = teacherOfSection(section);
    int school = schoolOfTeacher(teacher);
    int firstTeacher = start(school, spec.teachers());
    int teacherCount = start(school + 1, spec.teachers()) - firstTeacher;
    int firstStudent = start(school, spec.students());
    int studentCount = start(school + 1, spec.students()) - firstStudent;
    if (studentCount == 0) {
      return new int[0];
    }
    int i = teacher - firstTeacher;
    int from = start(i, studentCount, teacherCount);
    int length = start(i + 1, studentCount, teacherCount) - from;
    long rotation = (periodOfSection(section) * 7919L) % studentCount;
    int begin = (int) Math.floorMod(from - rotation, (long) studentCount);
    return cyclicRange(firstStudent, begin, length, studentCount);
  }

  private static int[] cyclicRange(int offset, int begin, int length, int modulus) {
    int[] out = new int[length];
    int wrapped = Math.max(0, begin + length - modulus);
    for (int m = 0; m < wrapped; m++) {
      out[m] = offset + m;
    }
    for (int m = wrapped; m < length; m++) {
      out[m] = offset + begin + m - wrapped;
    }
    return out;
  }

  private int start(int school, int n) {
    return start(school, n, spec.schools());
  }

  /** First index of part {@code part} when n items are split into {@code parts} runs. */
  static int start(int part, int n, int parts) {
    return (int) (((long) part * n + parts - 1) / parts);
  }

  /** The run that item {@code i} of n falls into when split into {@code parts} runs. */
  static int owner(int i, int n, int parts) {
    return (int) ((long) i * parts / n);
  }
}
