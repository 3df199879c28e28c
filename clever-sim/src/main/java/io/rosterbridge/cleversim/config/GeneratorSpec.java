package io.rosterbridge.cleversim.config;

/**
 * What to generate for one district. The same spec always yields the same district.
 *
 * @param seed seed of every random choice; also decides the district id
 * @param schools number of schools
 * @param students number of student users
 * @param teachers number of teacher users (some also get staff and district_admin roles)
 * @param staff number of staff users (some also get the district_admin role)
 * @param districtAdmins number of district-admin-only users
 * @param contacts number of contact (parent/guardian) users
 * @param periods sections per teacher, and so sections per student
 * @param coTeacherFraction fraction of sections with a co-teacher
 * @param multiSchoolFraction fraction of students and teachers enrolled in a second school
 * @param multiRoleFraction fraction of teachers that are also staff (a third of them also admins)
 * @param messiness how awkward the usernames and names are
 */
public record GeneratorSpec(
    long seed,
    int schools,
    int students,
    int teachers,
    int staff,
    int districtAdmins,
    int contacts,
    int periods,
    double coTeacherFraction,
    double multiSchoolFraction,
    double multiRoleFraction,
    Messiness messiness) {

  /** Validates the sizes. */
  public GeneratorSpec {
    if (schools < 1 || periods < 1) {
      throw new IllegalArgumentException("a district needs at least one school and one period");
    }
    if (students < 0 || teachers < 0 || staff < 0 || districtAdmins < 0 || contacts < 0) {
      throw new IllegalArgumentException("sizes must not be negative");
    }
    if ((long) students + teachers + staff + districtAdmins + contacts > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("too many users");
    }
  }

  /** A district of about {@code users} users: 90 % students, 4 % teachers, the rest staff etc. */
  public static GeneratorSpec ofUsers(long seed, int users) {
    int teachers = Math.max(1, users / 25);
    int staff = Math.max(0, users / 100);
    int admins = Math.min(5, Math.max(0, users / 1000));
    int contacts = users / 50;
    int students = Math.max(0, users - teachers - staff - admins - contacts);
    int schools = Math.max(1, Math.min(200, users / 500));
    return new GeneratorSpec(
        seed,
        schools,
        students,
        teachers,
        staff,
        admins,
        contacts,
        6,
        0.1,
        0.05,
        0.1,
        Messiness.TYPICAL);
  }

  /** Total number of users. */
  public int userCount() {
    return students + teachers + staff + districtAdmins + contacts;
  }

  /** The same spec with other messiness. */
  public GeneratorSpec withMessiness(Messiness other) {
    return new GeneratorSpec(
        seed,
        schools,
        students,
        teachers,
        staff,
        districtAdmins,
        contacts,
        periods,
        coTeacherFraction,
        multiSchoolFraction,
        multiRoleFraction,
        other);
  }
}
