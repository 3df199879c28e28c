package io.rosterbridge.cleversim.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** Mints new 24-hex ids shaped like MongoDB ObjectIDs, ascending over time like Clever's. */
public final class ObjectIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final Clock clock;
  private final String processPart = hex(RANDOM.nextLong() & 0xFF_FFFF_FFFFL, 10);
  private final AtomicLong counter = new AtomicLong(RANDOM.nextInt(0x10_0000));

  /** Ids whose leading 8 hex digits are the clock's epoch seconds. */
  public ObjectIds(Clock clock) {
    this.clock = clock;
  }

  /** A fresh id, greater than every id this instance minted before in the same second. */
  public String next() {
    long seconds = clock.instant().getEpochSecond();
    return hex(seconds, 8) + processPart + hex(counter.incrementAndGet() & 0xFF_FFFF, 6);
  }

  /** A fresh id that is also strictly greater than {@code floor} (when given). */
  public String nextAfter(String floor) {
    String candidate = next();
    if (floor == null || candidate.compareTo(floor) > 0) {
      return candidate;
    }
    return increment(floor);
  }

  /** Lower-case hex of {@code value}, left-padded with zeros to {@code width} digits. */
  public static String hex(long value, int width) {
    char[] out = new char[width];
    long rest = value;
    for (int i = width - 1; i >= 0; i--) {
      out[i] = Character.forDigit((int) (rest & 0xF), 16);
      rest >>>= 4;
    }
    return out.length == 0 ? "" : new String(out);
  }

  /** Random lower-case hex of the given length, for tokens and codes. */
  public static String randomHex(int length) {
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      out.append(hex(RANDOM.nextLong(), 16));
    }
    return out.substring(0, length);
  }

  private static String increment(String id) {
    char[] digits = id.toCharArray();
    for (int i = digits.length - 1; i >= 0; i--) {
      int value = Character.digit(digits[i], 16);
      if (value < 15 && value >= 0) {
        digits[i] = Character.forDigit(value + 1, 16);
        return new String(digits);
      }
      digits[i] = '0';
    }
    throw new IllegalStateException("no id greater than " + id);
  }
}
