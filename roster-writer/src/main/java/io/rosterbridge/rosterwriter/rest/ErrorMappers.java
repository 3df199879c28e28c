package io.rosterbridge.rosterwriter.rest;

import io.rosterbridge.rosterwriter.service.AccountNotFoundException;
import io.rosterbridge.rosterwriter.service.RunNotFoundException;
import io.rosterbridge.rosterwriter.service.RunNotHeldException;
import io.rosterbridge.rosterwriter.service.csv.CsvRejectedException;
import io.rosterbridge.rosterwriter.service.csv.RowError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How the read API answers refusals, always with a {@link Problem} saying why: 400 bad input, 403
 * not allowed, 404 unknown, 409 wrong state, 422 rejected CSV.
 */
public class ErrorMappers {

  /** A refusal's body. */
  public record Problem(String message, List<RowError> errors) {}

  @ServerExceptionMapper
  public Response notFound(RunNotFoundException e) {
    return respond(Response.Status.NOT_FOUND.getStatusCode(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response notFound(AccountNotFoundException e) {
    return respond(Response.Status.NOT_FOUND.getStatusCode(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response conflict(RunNotHeldException e) {
    return respond(Response.Status.CONFLICT.getStatusCode(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response rejected(CsvRejectedException e) {
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Problem(e.getMessage(), e.errors()))
        .build();
  }

  /** Client errors raised without a body (bad settings, unknown district, not allowed). */
  @ServerExceptionMapper
  public Response clientError(WebApplicationException e) {
    Response response = e.getResponse();
    int status = response.getStatus();
    if (status < 400 || status >= 500 || response.hasEntity()) {
      return response;
    }
    return respond(status, e.getMessage());
  }

  private static Response respond(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Problem(message, List.of()))
        .build();
  }
}
