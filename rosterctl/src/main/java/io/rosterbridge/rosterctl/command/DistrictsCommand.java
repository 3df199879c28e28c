package io.rosterbridge.rosterctl.command;

import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.client.FetcherClient;
import io.rosterbridge.rosterctl.client.FetcherViews;
import io.rosterbridge.rosterctl.client.WriterClient;
import io.rosterbridge.rosterctl.client.WriterViews;
import io.rosterbridge.rosterctl.client.WriterViews.RunSummary;
import io.rosterbridge.rosterctl.output.Formats;
import io.rosterbridge.rosterctl.output.Table;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rosterctl districts}: districts connected in Clever (the fetcher's connections) next to
 * districts configured in the roster-writer, with each one's last run.
 */
@Command(
    name = "districts",
    sortOptions = false,
    description = {
      "List districts connected in Clever versus configured in the writer.",
      "Connected: clever-fetcher's district connections (GET /districts). Configured: the"
          + " roster-writer's districts. The last run is the writer's when it has one, else the"
          + " fetcher's (marked fetch)."
    })
public class DistrictsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--refresh",
      description = "Have the fetcher list the connections from Clever first.")
  boolean refresh;

  @Mixin GlobalOptions global;

  private final FetcherClient fetcher;
  private final WriterClient writer;

  public DistrictsCommand(FetcherClient fetcher, WriterClient writer) {
    this.fetcher = fetcher;
    this.writer = writer;
  }

  @Override
  public Integer call() {
    String who = global.requester();
    Map<String, FetcherViews.District> connections =
        byId(fetcher.districts(refresh, who), FetcherViews.District::districtId);
    Map<String, WriterViews.District> configured =
        byId(writer.districts(who), WriterViews.District::id);
    TreeSet<String> ids = new TreeSet<>(connections.keySet());
    ids.addAll(configured.keySet());
    PrintWriter out = spec.commandLine().getOut();
    if (ids.isEmpty()) {
      out.println("no districts: none connected in Clever, none configured in the writer");
      return ExitCodes.OK;
    }
    Table table = new Table("id", "name", "connected?", "configured?", "last run");
    for (String id : ids) {
      FetcherViews.District connection = connections.get(id);
      WriterViews.District district = configured.get(id);
      table.row(
          id,
          district == null ? null : district.name(),
          connection != null && connection.connected() ? "yes" : "no",
          district != null ? "yes" : "no",
          lastRun(id, connection, district != null, who));
    }
    table.print(out, "");
    return ExitCodes.OK;
  }

  private String lastRun(
      String id, FetcherViews.District connection, boolean configured, String who) {
    if (configured) {
      List<RunSummary> runs = writer.runs(id, who);
      if (!runs.isEmpty()) {
        RunSummary last = runs.get(0);
        return last.state() + " " + Formats.time(last.startedAt());
      }
    }
    if (connection != null && connection.lastRun() != null) {
      FetcherViews.Run last = connection.lastRun();
      return "fetch " + last.status() + " " + Formats.time(last.createdAt());
    }
    return "never";
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
  }
}
