package io.rosterbridge.cleverfetcher.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A discovered district's token, encrypted (table {@code district_connection}). */
@Entity
@Table(name = "district_connection")
public class DistrictConnection extends PanacheEntityBase {

  @Id
  @Column(name = "district_id")
  public String districtId;

  /** AES-GCM nonce followed by ciphertext and tag; never the plain token. */
  public byte[] token;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
