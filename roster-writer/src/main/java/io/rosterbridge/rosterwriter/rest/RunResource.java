package io.rosterbridge.rosterwriter.rest;

import io.quarkus.security.Authenticated;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import io.rosterbridge.rosterwriter.rest.Views.RunSummary;
import io.rosterbridge.rosterwriter.rest.Views.RunView;
import io.rosterbridge.rosterwriter.service.HeldApproval;
import io.rosterbridge.rosterwriter.service.RunNotFoundException;
import io.rosterbridge.rosterwriter.service.RunRecords;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One run's report, and the approval of its held deletions (operators). */
@Path("/runs/{runId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

  private final Access access;
  private final HeldApproval approval;

  public RunResource(Access access, HeldApproval approval) {
    this.access = access;
    this.approval = approval;
  }

  @GET
  public RunView get(@PathParam("runId") String runId) {
    RosterRun run = visible(runId);
    return new RunView(
        RunSummary.of(run),
        run.failureReason == null ? null : run.failureReason.name(),
        run.failureMessage,
        RunRecords.report(run));
  }

  /** Applies the run's held deletions that are still lacking (no later run has them again). */
  @POST
  @Path("/approve")
  public HeldApproval.Approval approve(@PathParam("runId") String runId) {
    access.requireOperator();
    find(runId);
    return approval.approve(runId, access.actor());
  }

  /** The run if the caller may see it; 404 only for callers who may see every run. */
  private RosterRun visible(String runId) {
    RosterRun run = RosterRun.findById(runId);
    access.requireRecord("run", runId, run == null ? null : run.districtId);
    if (run == null) {
      throw new RunNotFoundException(runId);
    }
    return run;
  }

  private static RosterRun find(String runId) {
    RosterRun run = RosterRun.findById(runId);
    if (run == null) {
      throw new RunNotFoundException(runId);
    }
    return run;
  }
}
