package io.rosterbridge.cleverfetcher.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A sync command served by a run (table {@code run_command}). */
@Entity
@Table(name = "run_command")
@IdClass(RunCommand.Key.class)
public class RunCommand extends PanacheEntityBase {

  @Id
  @Column(name = "command_id")
  public String commandId;

  @Id
  @Column(name = "run_id")
  public String runId;

  @Column(name = "joined_at")
  public Instant joinedAt;

  /** The composite key. */
  public record Key(String commandId, String runId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
