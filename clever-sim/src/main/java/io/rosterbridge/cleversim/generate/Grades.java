package io.rosterbridge.cleversim.generate;

/** Grade ranges of the three school levels and the derived student details. */
final class Grades {

  private static final String[][] LEVELS = {
    {"Kindergarten", "1", "2", "3", "4", "5"}, {"6", "7", "8"}, {"9", "10", "11", "12"}
  };
  private static final int SCHOOL_YEAR_END = 2026;

  private Grades() {}

  static String low(int level) {
    return LEVELS[level][0];
  }

  static String high(int level) {
    String[] grades = LEVELS[level];
    return grades[grades.length - 1];
  }

  /** A grade of the level, chosen by {@code roll}. */
  static String pick(int level, int roll) {
    String[] grades = LEVELS[level];
    return grades[Math.floorMod(roll, grades.length)];
  }

  /** 0 for Kindergarten, else the number. */
  static int number(String grade) {
    return "Kindergarten".equals(grade) ? 0 : Integer.parseInt(grade);
  }

  static int graduationYear(String grade) {
    return SCHOOL_YEAR_END + 12 - number(grade);
  }
}
