package io.rosterbridge.sso.config;

import io.rosterbridge.sso.service.SignInProvider;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

/** Which of the quarkus-oidc tenants for Google and Microsoft this deployment switched on. */
@ApplicationScoped
public class ProviderTenants {

  private final Config config;

  public ProviderTenants(Config config) {
    this.config = config;
  }

  /** Whether {@code quarkus.oidc.<tenant>.tenant-enabled} is true (it is false unless set). */
  public boolean enabled(SignInProvider provider) {
    return config
        .getOptionalValue("quarkus.oidc." + provider.tenant() + ".tenant-enabled", Boolean.class)
        .orElse(false);
  }
}
