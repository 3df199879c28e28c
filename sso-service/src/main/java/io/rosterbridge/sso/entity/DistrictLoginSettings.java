package io.rosterbridge.sso.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** How one district's users may sign in; a district without a row has every provider off. */
@Entity
@Table(name = "district_login_settings")
public class DistrictLoginSettings extends PanacheEntityBase {

  @Id
  @Column(name = "district_id")
  public String districtId;

  @Column(name = "clever_enabled")
  public boolean cleverEnabled;

  @Column(name = "google_enabled")
  public boolean googleEnabled;

  /** Allowed Google domains, comma separated. */
  @Column(name = "google_domains")
  public String googleDomains = "";

  @Column(name = "microsoft_enabled")
  public boolean microsoftEnabled;

  @Column(name = "microsoft_tenant")
  public String microsoftTenant;

  @Column(name = "compare_local_part")
  public boolean compareLocalPart;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The allowed Google domains as a list. */
  public List<String> domains() {
    return googleDomains.isEmpty() ? List.of() : List.of(googleDomains.split(","));
  }
}
