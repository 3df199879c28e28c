package io.rosterbridge.sso.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An open Clever sign-in attempt: its state and nonce, usable once until {@code expiresAt}. */
@Entity
@Table(name = "login_state")
public class LoginState extends PanacheEntityBase {

  @Id public String state;

  public String nonce;

  @Column(name = "district_id")
  public String districtId;

  @Column(name = "expires_at")
  public Instant expiresAt;
}
