package io.rosterbridge.cleversim.generate;

/**
 * Stateless pseudo-random numbers from (seed, purpose, index), so any object can be rebuilt alone.
 */
final class Mix {

  static final int NAME = 1;
  static final int MIDDLE = 2;
  static final int NON_ASCII = 3;
  static final int LONG_NAME = 4;
  static final int USERNAME = 5;
  static final int PER_ROLE = 6;
  static final int MULTI_SCHOOL = 7;
  static final int MULTI_ROLE = 8;
  static final int CO_TEACHER = 9;
  static final int GRADE = 10;
  static final int EMAIL = 11;
  static final int DETAIL = 12;
  static final int TAG = 13;

  private Mix() {}

  /** 64 well-mixed bits. */
  static long bits(long seed, int purpose, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + purpose * 0xD1B54A32D192ED03L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
    return z ^ (z >>> 29);
  }

  /** A number uniform in [0, 1). */
  static double unit(long seed, int purpose, long index) {
    return (bits(seed, purpose, index) >>> 11) * 0x1.0p-53;
  }

  /** A number uniform in [0, n). */
  static int pick(long seed, int purpose, long index, int n) {
    return (int) Math.floorMod(bits(seed, purpose, index), (long) n);
  }
}
