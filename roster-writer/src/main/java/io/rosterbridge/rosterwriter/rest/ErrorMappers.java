package io.rosterbridge.rosterwriter.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
 * How the read API answers refusals, always with a {@link Problem} saying why: 400 bad input
 * (including unreadable JSON, see {@link JsonProblems}), 403 not allowed, 404 unknown, 409 wrong
 * state, 422 rejected CSV.
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
    // the JSON reader wraps some of its errors (truncated input, a number out of range) in a 400
    if (e.getCause() instanceof JsonMappingException unreadable) {
      return unreadable(unreadable);
    }
    if (e.getCause() instanceof StreamReadException unreadable) {
      return unreadable(unreadable);
    }
    return respond(status, e.getMessage());
  }

  @ServerExceptionMapper
  public Response unreadable(MismatchedInputException e) {
    return respond(400, JsonProblems.describe(e));
  }

  @ServerExceptionMapper
  public Response unreadable(JsonMappingException e) {
    return respond(400, JsonProblems.describe(e));
  }

  @ServerExceptionMapper
  public Response unreadable(JsonParseException e) {
    return unreadable((StreamReadException) e);
  }

  @ServerExceptionMapper
  public Response unreadable(StreamReadException e) {
    return respond(400, JsonProblems.describe(e));
  }

  private static Response respond(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Problem(message, List.of()))
        .build();
  }
}
