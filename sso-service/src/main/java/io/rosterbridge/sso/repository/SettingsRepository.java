package io.rosterbridge.sso.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.sso.entity.DistrictLoginSettings;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes per-district sign-in settings. */
@ApplicationScoped
public class SettingsRepository implements PanacheRepositoryBase<DistrictLoginSettings, String> {}
