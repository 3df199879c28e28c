package io.rosterbridge.sso.service;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a username within a district, as the matcher computes the login index's
 * keys: Unicode NFKC, white space of every kind (including no-break and zero-width spaces) trimmed
 * at both ends, lower-cased with {@link Locale#ROOT}.
 */
public final class UsernameKeys {

  private UsernameKeys() {}

  /** The key, or null when nothing but white space is left. */
  public static String of(String raw) {
    if (raw == null) {
      return null;
    }
    String normalized = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    // Lower-casing can leave a sequence NFKC would compose differently, so normalize once more.
    String lowered =
        Normalizer.normalize(normalized.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    String key = trim(lowered);
    return key.isEmpty() ? null : key;
  }

  /** The part of a key before its last {@code @} (the whole key without one); null if empty. */
  public static String localPart(String key) {
    if (key == null) {
      return null;
    }
    int at = key.lastIndexOf('@');
    String local = at < 0 ? key : key.substring(0, at);
    return local.isEmpty() ? null : local;
  }

  /** The part of a key after its last {@code @}, or null when there is none. */
  public static String domain(String key) {
    int at = key == null ? -1 : key.lastIndexOf('@');
    return at < 0 || at == key.length() - 1 ? null : key.substring(at + 1);
  }

  private static String trim(String text) {
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
