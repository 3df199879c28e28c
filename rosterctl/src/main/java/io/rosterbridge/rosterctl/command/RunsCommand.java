package io.rosterbridge.rosterctl.command;

import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.client.WriterClient;
import io.rosterbridge.rosterctl.client.WriterViews.District;
import io.rosterbridge.rosterctl.client.WriterViews.RunSummary;
import io.rosterbridge.rosterctl.output.Formats;
import io.rosterbridge.rosterctl.output.Table;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterctl runs}: the runs of one district, or of every district, newest first. */
@Command(
    name = "runs",
    sortOptions = false,
    description = {
      "List runs, newest first per district.",
      "Without --district: every district the roster-writer rosters (GET /districts), then each"
          + " one's runs."
    })
public class RunsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--district",
      paramLabel = "ID",
      converter = DistrictIdConverter.class,
      description = "Only this district (default: every district the writer rosters).")
  String districtId;

  @Option(
      names = "--limit",
      defaultValue = "20",
      paramLabel = "N",
      converter = PositiveIntConverter.class,
      description = "Runs shown per district, at least 1 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin GlobalOptions global;

  private final WriterClient writer;

  public RunsCommand(WriterClient writer) {
    this.writer = writer;
  }

  @Override
  public Integer call() {
    String who = global.requester();
    List<String> districts =
        districtId != null
            ? List.of(districtId)
            : writer.districts(who).stream().map(District::id).toList();
    List<RunSummary> runs = new ArrayList<>();
    for (String district : districts) {
      runs.addAll(writer.runs(district, who).stream().limit(limit).toList());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (runs.isEmpty()) {
      out.println(
          districtId != null ? "no runs of district " + districtId : "no runs in any district");
      return ExitCodes.OK;
    }
    Table table =
        new Table(
            "run", "district", "mode", "trigger", "state", "started", "finished", "approved by");
    for (RunSummary r : runs) {
      table.row(
          r.id(),
          r.districtId(),
          r.mode(),
          r.trigger(),
          r.state(),
          Formats.time(r.startedAt()),
          Formats.time(r.finishedAt()),
          r.approvedBy());
    }
    table.print(out, "");
    return ExitCodes.OK;
  }
}
