package io.rosterbridge.sso.service;

import io.rosterbridge.sso.entity.DistrictLoginSettings;
import io.rosterbridge.sso.repository.SettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads and changes per-district sign-in settings; unknown districts have everything off. */
@ApplicationScoped
public class LoginSettingsService {

  private final SettingsRepository repository;
  private final Clock clock;

  public LoginSettingsService(SettingsRepository repository, Clock clock) {
    this.repository = repository;
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

  /** Replaces the district's settings; domains are stored trimmed and in lower case. */
  @Transactional
  public LoginSettings put(String districtId, LoginSettings settings) {
    DistrictLoginSettings row = repository.findById(districtId);
    boolean fresh = row == null;
    if (fresh) {
      row = new DistrictLoginSettings();
      row.districtId = districtId;
    }
    row.cleverEnabled = settings.cleverEnabled();
    row.googleEnabled = settings.googleEnabled();
    row.googleDomains = String.join(",", normalise(settings.googleDomains()));
    row.microsoftEnabled = settings.microsoftEnabled();
    row.microsoftTenant = blankToNull(settings.microsoftTenant());
    row.compareLocalPart = settings.compareLocalPart();
    row.updatedAt = clock.instant();
    if (fresh) {
      repository.persist(row);
    }
    return toDto(row);
  }

  private LoginSettings toDto(DistrictLoginSettings row) {
    List<String> domains =
        row.googleDomains.isEmpty() ? List.of() : Arrays.asList(row.googleDomains.split(","));
    return new LoginSettings(
        row.cleverEnabled,
        row.googleEnabled,
        domains,
        row.microsoftEnabled,
        row.microsoftTenant,
        row.compareLocalPart);
  }

  private static List<String> normalise(List<String> domains) {
    return domains.stream()
        .map(d -> d.trim().toLowerCase(Locale.ROOT))
        .filter(d -> !d.isEmpty())
        .peek(LoginSettingsService::checkDomain)
        .distinct()
        .toList();
  }

  private static void checkDomain(String domain) {
    if (!domain.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
      throw new IllegalArgumentException("not a domain name: " + domain);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
