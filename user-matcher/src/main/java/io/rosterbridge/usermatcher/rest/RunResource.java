package io.rosterbridge.usermatcher.rest;

import io.rosterbridge.usermatcher.service.RunSummaries;
import io.rosterbridge.usermatcher.service.RunSummary;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Read API: what the matcher did with a run. */
@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

  private static final int MAX_LISTED = 1_000;

  private final RunSummaries summaries;

  public RunResource(RunSummaries summaries) {
    this.summaries = summaries;
  }

  /** The run's status, counts per outcome and its first {@code limit} reported users. */
  @GET
  @Path("/{runId}")
  public RunSummary run(
      @PathParam("runId") String runId, @QueryParam("limit") @DefaultValue("100") int limit) {
    int listed = Math.max(0, Math.min(limit, MAX_LISTED));
    return summaries
        .summary(runId, listed)
        .orElseThrow(() -> new NotFoundException("no run " + runId));
  }
}
