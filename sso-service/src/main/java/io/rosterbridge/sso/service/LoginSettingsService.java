package io.rosterbridge.sso.service;

import io.rosterbridge.sso.entity.DistrictLoginSettings;
import io.rosterbridge.sso.repository.SettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and changes per-district sign-in settings; unknown districts have everything off. */
@ApplicationScoped
public class LoginSettingsService {

  private final SettingsRepository repository;
  private final SettingsClaims claims;
  private final Clock clock;

  public LoginSettingsService(SettingsRepository repository, SettingsClaims claims, Clock clock) {
    this.repository = repository;
    this.claims = claims;
    this.clock = clock;
  }

  /** The district's settings. */
  @Transactional
  public LoginSettings get(String districtId) {
    return repository.findByIdOptional(districtId).map(this::toDto).orElse(LoginSettings.allOff());
  }

  /** Whether "Log in with Clever" is on for the district. */
  @Transactional
  public boolean cleverEnabled(String districtId) {
    return get(districtId).cleverEnabled();
  }

  /** The districts, with their settings, that name the Google domain (valid, lower case). */
  @Transactional
  public Map<String, LoginSettings> withGoogleDomain(String domain) {
    if (!SettingsInput.isDomain(domain)) {
      return Map.of();
    }
    return byDistrict(repository.withGoogleDomain(domain)).entrySet().stream()
        .filter(e -> e.getValue().googleDomains().contains(domain))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** The districts, with their settings, whose Microsoft tenant is {@code tenant}. */
  @Transactional
  public Map<String, LoginSettings> withMicrosoftTenant(String tenant) {
    return byDistrict(repository.withMicrosoftTenant(tenant));
  }

  /**
   * Replaces the district's settings as an operator: see {@link #put(String, LoginSettings,
   * boolean)}.
   */
  @Transactional
  public LoginSettings put(String districtId, LoginSettings settings) {
    return put(districtId, settings, true);
  }

  /**
   * Replaces the district's settings; domains are stored trimmed and in lower case, and values the
   * table cannot hold are refused. Only an operator may change which Google domains and Microsoft
   * tenant are the district's, and never to one another district already has.
   */
  @Transactional
  public LoginSettings put(String districtId, LoginSettings settings, boolean byOperator) {
    SettingsInput.districtId(districtId);
    List<String> domains = SettingsInput.domains(settings.googleDomains());
    String tenant = SettingsInput.tenant(settings.microsoftTenant());
    // One change at a time: two districts claiming the same domain at once must not both win.
    repository.lockSettings();
    DistrictLoginSettings row = repository.findById(districtId);
    boolean fresh = row == null;
    if (fresh) {
      row = new DistrictLoginSettings();
      row.districtId = districtId;
    }
    claims.check(row, domains, tenant, byOperator);
    row.cleverEnabled = settings.cleverEnabled();
    row.googleEnabled = settings.googleEnabled();
    row.googleDomains = String.join(",", domains);
    row.microsoftEnabled = settings.microsoftEnabled();
    if (!SettingsClaims.sameTenant(tenant, row.microsoftTenant)) {
      row.microsoftTenant = tenant;
    }
    row.compareLocalPart = settings.compareLocalPart();
    row.updatedAt = clock.instant();
    if (fresh) {
      repository.persist(row);
    }
    return toDto(row);
  }

  private Map<String, LoginSettings> byDistrict(List<DistrictLoginSettings> rows) {
    Map<String, LoginSettings> districts = new LinkedHashMap<>();
    rows.forEach(row -> districts.put(row.districtId, toDto(row)));
    return districts;
  }

  private LoginSettings toDto(DistrictLoginSettings row) {
    return new LoginSettings(
        row.cleverEnabled,
        row.googleEnabled,
        row.domains(),
        row.microsoftEnabled,
        row.microsoftTenant,
        row.compareLocalPart);
  }
}
