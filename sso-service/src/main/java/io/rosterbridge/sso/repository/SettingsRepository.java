package io.rosterbridge.sso.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.sso.entity.DistrictLoginSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** Reads and writes per-district sign-in settings. */
@ApplicationScoped
public class SettingsRepository implements PanacheRepositoryBase<DistrictLoginSettings, String> {

  /** Districts whose Google domains include {@code domain} (a valid, lower-case domain name). */
  public List<DistrictLoginSettings> withGoogleDomain(String domain) {
    // Domains are stored comma separated; a valid name holds neither ',' nor a LIKE wildcard.
    return list(
        "concat(',', googleDomains, ',') like ?1 order by districtId", "%," + domain + ",%");
  }

  /** Holds back every other change of settings until this transaction ends. */
  public void lockSettings() {
    getEntityManager()
        .createNativeQuery(
            "SELECT 1 FROM pg_advisory_xact_lock(hashtext('district_login_settings'))")
        .getSingleResult();
  }

  /** Districts whose Microsoft tenant is {@code tenant}, compared without regard to case. */
  public List<DistrictLoginSettings> withMicrosoftTenant(String tenant) {
    return list("lower(microsoftTenant) = ?1 order by districtId", tenant.toLowerCase(Locale.ROOT));
  }
}
