package io.rosterbridge.cleverfetcher.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.cleverfetcher.entity.RunCommand;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Which commands each run serves. */
@ApplicationScoped
public class RunCommandRepository implements PanacheRepositoryBase<RunCommand, RunCommand.Key> {

  /** The command ids a run serves, in the order they joined. */
  public List<String> commandsOf(String runId) {
    return getEntityManager()
        .createQuery(
            "select c.commandId from RunCommand c where c.runId = :run"
                + " order by c.joinedAt, c.commandId",
            String.class)
        .setParameter("run", runId)
        .getResultList();
  }

  /** The runs a command joined (several for a command addressing every district). */
  public List<String> runsOf(String commandId) {
    return getEntityManager()
        .createQuery(
            "select c.runId from RunCommand c where c.commandId = :command"
                + " order by c.joinedAt, c.runId",
            String.class)
        .setParameter("command", commandId)
        .getResultList();
  }
}
