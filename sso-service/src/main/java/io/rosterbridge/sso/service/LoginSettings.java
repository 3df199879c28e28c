package io.rosterbridge.sso.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A district's sign-in settings as the admin API shows and takes them.
 *
 * @param cleverEnabled whether "Log in with Clever" is on
 * @param googleEnabled whether Google sign-in is on
 * @param googleDomains the Google domains the district allows
 * @param microsoftEnabled whether Microsoft sign-in is on
 * @param microsoftTenant the district's Microsoft tenant id
 * @param compareLocalPart compare only the part of the login name before {@code @}
 */
public record LoginSettings(
    boolean cleverEnabled,
    boolean googleEnabled,
    List<String> googleDomains,
    boolean microsoftEnabled,
    String microsoftTenant,
    boolean compareLocalPart) {

  /** Never a null list; null elements are kept for the settings' check to refuse by name. */
  public LoginSettings {
    googleDomains =
        googleDomains == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(googleDomains));
  }

  /** Every provider off: the settings of a district nobody configured. */
  public static LoginSettings allOff() {
    return new LoginSettings(false, false, List.of(), false, null, false);
  }
}
