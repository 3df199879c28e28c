package io.rosterbridge.cleverfetcher.rest;

import io.rosterbridge.cleverfetcher.client.CleverFailure;
import io.rosterbridge.cleverfetcher.service.DistrictQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The fetcher's districts: connected or not any more, each with its latest run. */
@Path("/districts")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictResource {

  private final DistrictQueries queries;

  public DistrictResource(DistrictQueries queries) {
    this.queries = queries;
  }

  /**
   * Every connected district and every district that has runs, by id; {@code ?refresh=true} lists
   * the connections from Clever first.
   */
  @GET
  public List<DistrictView> districts(@QueryParam("refresh") boolean refresh) {
    return queries.all(refresh).stream().map(DistrictView::of).toList();
  }

  /** Clever could not list the connections for a refresh: 502 with why. */
  @ServerExceptionMapper
  public Response cleverFailed(CleverFailure failure) {
    return Response.status(Response.Status.BAD_GATEWAY)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Map.of("message", "listing connections from Clever failed: " + failure.getMessage()))
        .build();
  }
}
