package io.rosterbridge.usermatcher.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The comparable form of a username within one district: Unicode NFKC, white space trimmed at both
 * ends, lower-cased with {@link Locale#ROOT}. Made by {@link #of}; the constructor takes a value
 * that is already a key.
 */
public record UsernameKey(String value) {

  public UsernameKey {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("A username key is never empty");
    }
  }

  /** The key of a raw username, or empty when nothing but white space is left (or it is null). */
  public static Optional<UsernameKey> of(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String normalized = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    // Lower-casing can leave a sequence NFKC would compose differently, so normalize once more.
    String lowered =
        Normalizer.normalize(normalized.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    String key = trim(lowered);
    return key.isEmpty() ? Optional.empty() : Optional.of(new UsernameKey(key));
  }

  /** The string without leading and trailing white space as {@link #isWhiteSpace} defines it. */
  public static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhiteSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isWhiteSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /**
   * Unicode white space, including the no-break spaces Java's {@link Character#isWhitespace} leaves
   * out, plus the invisible zero-width space and byte-order mark that copy-paste and CSV files add.
   */
  public static boolean isWhiteSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x0085
        || codePoint == 0x200B
        || codePoint == 0xFEFF;
  }

  @Override
  public String toString() {
    return value;
  }
}
