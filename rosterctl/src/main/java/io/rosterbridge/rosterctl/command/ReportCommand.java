package io.rosterbridge.rosterctl.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.client.WriterClient;
import io.rosterbridge.rosterctl.client.WriterViews.Run;
import io.rosterbridge.rosterctl.client.WriterViews.RunSummary;
import io.rosterbridge.rosterctl.output.Formats;
import io.rosterbridge.rosterctl.output.ReportPrinter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterctl report}: one run's report, as tables or as the writer's JSON. */
@Command(
    name = "report",
    sortOptions = false,
    description = {"Print a run's report.", "GET /runs/R on the roster-writer."})
public class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "RUN", description = "The run id.")
  String runId;

  @Option(names = "--json", description = "Print the writer's JSON instead of tables.")
  boolean json;

  @Mixin GlobalOptions global;

  private final WriterClient writer;

  public ReportCommand(WriterClient writer) {
    this.writer = writer;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      String text = writer.runJson(runId, global.requester());
      Object tree = EventJson.mapper().readTree(text);
      out.println(EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
      return ExitCodes.OK;
    }
    Run run = writer.run(runId, global.requester());
    RunSummary summary = run.run();
    if (run.failureReason() != null) {
      out.println(
          "Run "
              + runId
              + " FAILED: "
              + run.failureReason()
              + (run.failureMessage() == null ? "" : " - " + run.failureMessage()));
    }
    if (run.report() == null) {
      out.println(
          "Run "
              + runId
              + " of district "
              + summary.districtId()
              + " is "
              + summary.state()
              + " (started "
              + Formats.time(summary.startedAt())
              + "): no report yet");
      return ExitCodes.OK;
    }
    new ReportPrinter(out).print(run.report());
    if (summary.approvedBy() != null) {
      out.println();
      out.println("Held deletions approved by " + summary.approvedBy());
    }
    return ExitCodes.OK;
  }
}
