package io.rosterbridge.cleversim.generate;

/** Fixed course catalogue, terms and school names of generated districts. */
final class Catalog {

  static final String[][] COURSES = {
    {"English Language Arts", "english/language arts"},
    {"Mathematics", "math"},
    {"Science", "science"},
    {"Social Studies", "social studies"},
    {"Spanish", "language"},
    {"Homeroom", "homeroom/advisory"},
    {"Reading Intervention", "interventions/online learning"},
    {"Computer Science", "technology and engineering"},
    {"Physical Education", "PE and health"},
    {"Art", "arts and music"},
    {"Music", "arts and music"},
    {"Algebra I", "math"},
    {"Biology", "science"},
    {"World History", "social studies"},
    {"French", "language"},
    {"Study Skills", "other"},
    {"Geometry", "math"},
    {"Chemistry", "science"},
    {"Keyboarding", "technology and engineering"},
    {"Health", "PE and health"}
  };
  static final String[][] TERMS = {
    {"2025-2026 Semester 1", "2025-08-18", "2026-01-16"},
    {"2025-2026 Semester 2", "2026-01-20", "2026-06-05"}
  };
  private static final String[] SCHOOL_NAMES = {
    "Lincoln",
    "Washington",
    "Jefferson",
    "Roosevelt",
    "Madison",
    "Franklin",
    "Kennedy",
    "Hamilton",
    "Adams",
    "Jackson",
    "Monroe",
    "Sequoia",
    "Redwood",
    "Cedar Grove",
    "Lakeside"
  };
  private static final String[] LEVELS = {"Elementary School", "Middle School", "High School"};

  private Catalog() {}

  static int courseOf(int teacher, int period) {
    return (teacher * 3 + period) % COURSES.length;
  }

  static String courseName(int course) {
    return COURSES[course][0];
  }

  static String subject(int course) {
    return COURSES[course][1];
  }

  static String schoolName(int school) {
    String base = SCHOOL_NAMES[school % SCHOOL_NAMES.length];
    int round = school / SCHOOL_NAMES.length;
    return base + (round > 0 ? " " + (round + 1) : "") + " " + LEVELS[school % 3];
  }
}
