package io.rosterbridge.cleverfetcher.rest;

import io.rosterbridge.cleverfetcher.service.RunQueries;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The fetcher's runs: by id, by the command that asked for them, or a district's latest. */
@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

  private static final int LATEST = 20;

  private final RunQueries queries;

  public RunResource(RunQueries queries) {
    this.queries = queries;
  }

  /** One run: status, counts, failure, the commands it serves. */
  @GET
  @Path("{runId}")
  public RunView run(@PathParam("runId") String runId) {
    return queries
        .run(runId)
        .map(RunView::of)
        .orElseThrow(() -> new NotFoundException("no run " + runId));
  }

  /** {@code ?commandId=} the runs a command joined; {@code ?districtId=} a district's latest. */
  @GET
  public List<RunView> runs(
      @QueryParam("commandId") String commandId, @QueryParam("districtId") String districtId) {
    if (commandId != null && !commandId.isBlank()) {
      return queries.byCommand(commandId).stream().map(RunView::of).toList();
    }
    if (districtId != null && !districtId.isBlank()) {
      return queries.byDistrict(districtId, LATEST).stream().map(RunView::of).toList();
    }
    throw new BadRequestException("give commandId or districtId");
  }
}
