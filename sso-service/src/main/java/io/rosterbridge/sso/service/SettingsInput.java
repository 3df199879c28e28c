package io.rosterbridge.sso.service;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks and normalises what the admin API is given, within what the settings table stores: a value
 * it cannot store is refused with the reason, never left to fail in the database.
 */
public final class SettingsInput {

  /** Longest district id ({@code district_login_settings.district_id}). */
  private static final int DISTRICT_ID_MAX = 64;

  /** Longest list of domains, comma separated ({@code google_domains}). */
  private static final int DOMAINS_MAX = 2000;

  /** Longest Microsoft tenant ({@code microsoft_tenant}). */
  private static final int TENANT_MAX = 128;

  /** Longest domain name (RFC 1035). */
  private static final int DOMAIN_MAX = 253;

  // Labels of 1 to 63 letters, digits and inner hyphens; at least two of them.
  private static final Pattern DOMAIN =
      Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

  private static final Pattern TENANT_ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private SettingsInput() {}

  /** Whether the text is a domain name as the settings store them (lower case). */
  public static boolean isDomain(String text) {
    return text != null && text.length() <= DOMAIN_MAX && DOMAIN.matcher(text).matches();
  }

  /** The district id, if the settings can be stored under it. */
  static String districtId(String districtId) {
    if (districtId.length() > DISTRICT_ID_MAX) {
      throw invalid("a district id has at most " + DISTRICT_ID_MAX + " characters");
    }
    return districtId;
  }

  /** The domains trimmed, in lower case, without blanks and repeats. */
  static List<String> domains(List<String> domains) {
    if (domains.stream().anyMatch(Objects::isNull)) {
      throw invalid("a Google domain cannot be null");
    }
    List<String> normal =
        domains.stream()
            .map(d -> d.trim().toLowerCase(Locale.ROOT))
            .filter(d -> !d.isEmpty())
            .distinct()
            .toList();
    normal.forEach(SettingsInput::checkDomain);
    if (String.join(",", normal).length() > DOMAINS_MAX) {
      throw invalid("the Google domains have at most " + DOMAINS_MAX + " characters together");
    }
    return normal;
  }

  /** The tenant trimmed and in lower case, or null when blank. */
  static String tenant(String tenant) {
    String trimmed = tenant == null || tenant.isBlank() ? null : tenant.trim();
    if (trimmed != null && trimmed.length() > TENANT_MAX) {
      throw invalid("a Microsoft tenant has at most " + TENANT_MAX + " characters");
    }
    // Sign-ins are matched on the id_token's tid, which is always the tenant's GUID.
    if (trimmed != null && !TENANT_ID.matcher(trimmed).matches()) {
      throw invalid(
          "a Microsoft tenant is its tenant id, a GUID such as"
              + " 72f988bf-86f1-41af-91ab-2d7cd011db47, not: "
              + trimmed);
    }
    return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
  }

  private static void checkDomain(String domain) {
    if (domain.length() > DOMAIN_MAX) {
      throw invalid("a Google domain has at most " + DOMAIN_MAX + " characters");
    }
    if (!isDomain(domain)) {
      throw invalid("not a domain name: " + domain);
    }
  }

  private static SettingsRefusedException invalid(String message) {
    return new SettingsRefusedException(SettingsRefusedException.Reason.INVALID, message);
  }
}
