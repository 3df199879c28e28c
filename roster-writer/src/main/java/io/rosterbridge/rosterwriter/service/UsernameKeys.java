package io.rosterbridge.rosterwriter.service;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a username within a district, as the matcher computes it: Unicode NFKC,
 * white space (including no-break and zero-width spaces) trimmed at both ends, lower-cased with
 * {@link Locale#ROOT}.
 */
public final class UsernameKeys {

  private UsernameKeys() {}

  /** The key, or null when nothing but white space is left. */
  public static String of(String raw) {
    if (raw == null) {
      return null;
    }
    String normalized = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    String lowered =
        Normalizer.normalize(normalized.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    String key = trim(lowered);
    return key.isEmpty() ? null : key;
  }

  /** The text without leading and trailing white space of any kind. */
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

  private static boolean isWhiteSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x0085
        || codePoint == 0x200B
        || codePoint == 0xFEFF;
  }
}
