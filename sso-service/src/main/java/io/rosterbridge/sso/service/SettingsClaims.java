package io.rosterbridge.sso.service;

import io.rosterbridge.sso.entity.DistrictLoginSettings;
import io.rosterbridge.sso.repository.SettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Which Google domains and Microsoft tenant a district may sign in with: only an operator changes
 * them, and never to one that another district already has.
 */
@ApplicationScoped
public class SettingsClaims {

  private final SettingsRepository repository;

  public SettingsClaims(SettingsRepository repository) {
    this.repository = repository;
  }

  /** Refuses the district's new domains and tenant unless the change is allowed. */
  public void check(
      DistrictLoginSettings current, List<String> domains, String tenant, boolean byOperator) {
    List<String> held = current.domains();
    boolean domainsChanged = !Set.copyOf(domains).equals(Set.copyOf(held));
    boolean tenantChanged = !sameTenant(tenant, current.microsoftTenant);
    if (!byOperator && (domainsChanged || tenantChanged)) {
      // A district's own admin cannot prove the domain or tenant is the district's.
      throw new SettingsRefusedException(
          SettingsRefusedException.Reason.NOT_PERMITTED,
          "only an operator can change a district's Google domains or Microsoft tenant");
    }
    for (String domain : domains) {
      if (!held.contains(domain) && usedElsewhere(repository.withGoogleDomain(domain), current)) {
        throw claimed("the Google domain " + domain);
      }
    }
    if (tenantChanged
        && tenant != null
        && usedElsewhere(repository.withMicrosoftTenant(tenant), current)) {
      throw claimed("the Microsoft tenant " + tenant);
    }
  }

  /** Whether two tenant ids are the same (tenant ids compare without regard to case). */
  public static boolean sameTenant(String a, String b) {
    return a == null ? b == null : a.equalsIgnoreCase(b);
  }

  private static boolean usedElsewhere(
      List<DistrictLoginSettings> holders, DistrictLoginSettings current) {
    return holders.stream().anyMatch(h -> !h.districtId.equals(current.districtId));
  }

  private static SettingsRefusedException claimed(String what) {
    return new SettingsRefusedException(
        SettingsRefusedException.Reason.CLAIMED, what + " is already used by another district");
  }
}
