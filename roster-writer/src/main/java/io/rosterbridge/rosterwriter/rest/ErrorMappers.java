package io.rosterbridge.rosterwriter.rest;

import io.rosterbridge.rosterwriter.service.AccountNotFoundException;
import io.rosterbridge.rosterwriter.service.RunNotFoundException;
import io.rosterbridge.rosterwriter.service.RunNotHeldException;
import io.rosterbridge.rosterwriter.service.csv.CsvRejectedException;
import io.rosterbridge.rosterwriter.service.csv.RowError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the read API answers refusals: 404 unknown, 409 wrong state, 422 rejected CSV. */
public class ErrorMappers {

  /** A refusal's body. */
  public record Problem(String message, List<RowError> errors) {}

  @ServerExceptionMapper
  public Response notFound(RunNotFoundException e) {
    return respond(Response.Status.NOT_FOUND, new Problem(e.getMessage(), List.of()));
  }

  @ServerExceptionMapper
  public Response notFound(AccountNotFoundException e) {
    return respond(Response.Status.NOT_FOUND, new Problem(e.getMessage(), List.of()));
  }

  @ServerExceptionMapper
  public Response conflict(RunNotHeldException e) {
    return respond(Response.Status.CONFLICT, new Problem(e.getMessage(), List.of()));
  }

  @ServerExceptionMapper
  public Response rejected(CsvRejectedException e) {
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Problem(e.getMessage(), e.errors()))
        .build();
  }

  private static Response respond(Response.Status status, Problem problem) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(problem).build();
  }
}
