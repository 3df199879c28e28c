package io.rosterbridge.rosterctl.command;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.client.WriterClient;
import io.rosterbridge.rosterctl.client.WriterViews.Approval;
import io.rosterbridge.rosterctl.output.Formats;
import io.rosterbridge.rosterctl.output.Table;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterctl approve}: applies a run's held deletions. */
@Command(
    name = "approve",
    sortOptions = false,
    description = {
      "Apply a held run's deletions and print what was applied.",
      "POST /runs/R/approve on the roster-writer. Deletions that a later complete run no longer"
          + " needs are superseded, not applied."
    })
public class ApproveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "RUN", description = "The run id.")
  String runId;

  @Mixin GlobalOptions global;

  private final WriterClient writer;

  public ApproveCommand(WriterClient writer) {
    this.writer = writer;
  }

  @Override
  public Integer call() {
    Approval approval = writer.approve(runId, global.requester());
    PrintWriter out = spec.commandLine().getOut();
    if (approval.decided().isEmpty()) {
      out.println("run " + runId + " had no pending held deletions; nothing changed");
      return ExitCodes.OK;
    }
    out.println("approved the held deletions of run " + runId + " as " + global.requester());
    Table table = new Table("entity", "soft-deleted", "superseded").alignRight(1, 2);
    long applied = 0;
    for (EntityType type : EntityType.values()) {
      long done = approval.decided().getOrDefault(type + " APPLIED", 0L);
      long superseded = approval.decided().getOrDefault(type + " SUPERSEDED", 0L);
      if (done + superseded > 0) {
        table.row(Formats.lower(type), Formats.count(done), Formats.count(superseded));
      }
      applied += done;
    }
    table.print(out, "  ");
    out.println(
        "  "
            + Formats.count(applied)
            + " soft-deleted (reversibly); superseded ones a later run still has, or were gone"
            + " already");
    return ExitCodes.OK;
  }
}
