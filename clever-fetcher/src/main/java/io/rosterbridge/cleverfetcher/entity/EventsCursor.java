package io.rosterbridge.cleverfetcher.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a district's next incremental read starts (table {@code events_cursor}). */
@Entity
@Table(name = "events_cursor")
public class EventsCursor extends PanacheEntityBase {

  @Id
  @Column(name = "district_id")
  public String districtId;

  /** The last event already read; null when no event existed at seeding. */
  @Column(name = "event_id")
  public String eventId;

  /** The time of that event, or of the seeding; the cursor is not trusted long after it. */
  @Column(name = "valid_from")
  public Instant validFrom;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
