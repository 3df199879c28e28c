package io.rosterbridge.rosterctl.client;

import static io.rosterbridge.rosterctl.client.PathSegments.encode;

import com.fasterxml.jackson.core.type.TypeReference;
import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.client.WriterViews.Approval;
import io.rosterbridge.rosterctl.client.WriterViews.District;
import io.rosterbridge.rosterctl.client.WriterViews.ImportSummary;
import io.rosterbridge.rosterctl.client.WriterViews.Run;
import io.rosterbridge.rosterctl.client.WriterViews.RunSummary;
import io.rosterbridge.rosterctl.config.CtlConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The roster-writer read API, called as an operator. */
@ApplicationScoped
public class WriterClient {

  private final Http http;
  private final Credentials credentials;
  private final Service service;

  public WriterClient(Http http, Credentials credentials, CtlConfig config) {
    this.http = http;
    this.credentials = credentials;
    this.service = new Service("roster-writer", config.writerUrl(), "ROSTERCTL_WRITER_URL");
  }

  /** {@code GET /districts}: every district the writer rosters. */
  public List<District> districts(String requester) {
    return ok(get("/districts", requester)).json(new TypeReference<List<District>>() {});
  }

  /** {@code GET /districts/{d}/runs}: a district's runs, newest first. */
  public List<RunSummary> runs(String districtId, String requester) {
    HttpAnswer answer = get("/districts/" + encode(districtId) + "/runs", requester);
    return ok(answer).json(new TypeReference<List<RunSummary>>() {});
  }

  /** {@code GET /runs/{r}}: one run and its report. */
  public Run run(String runId, String requester) {
    return ok(knownRun(get("/runs/" + encode(runId), requester), runId)).json(Run.class);
  }

  /** The same answer as {@link #run}, as the writer sent it (JSON text). */
  public String runJson(String runId, String requester) {
    return ok(knownRun(get("/runs/" + encode(runId), requester), runId)).text();
  }

  /** {@code POST /runs/{r}/approve}: applies the run's held deletions. */
  public Approval approve(String runId, String requester) {
    HttpAnswer answer =
        http.post(
            service,
            "/runs/" + encode(runId) + "/approve",
            null,
            null,
            Optional.of(credentials.bearer(service.name(), requester)));
    if (answer.status() == 409) {
      throw new CtlException(
          "run " + runId + " cannot be approved: " + answer.problem() + " (nothing changed)");
    }
    return ok(knownRun(answer, runId)).json(Approval.class);
  }

  /**
   * {@code POST /districts/{d}/imports/admins}: imports a CSV file, all or nothing.
   *
   * @throws CsvRejected with every row error when the writer refuses the file (422)
   * @throws UploadTooLarge when the file is over the writer's body limit (413)
   */
  public ImportSummary importAdmins(String districtId, byte[] csv, String requester) {
    HttpAnswer answer =
        http.post(
            service,
            "/districts/" + encode(districtId) + "/imports/admins",
            csv,
            "text/csv",
            Optional.of(credentials.bearer(service.name(), requester)));
    if (answer.status() == 422) {
      throw new CsvRejected(answer.json(Problem.class));
    }
    if (answer.status() == 413) {
      throw new UploadTooLarge();
    }
    return ok(answer).json(ImportSummary.class);
  }

  /** The writer refused a file as larger than its body limit; nothing was imported. */
  public static class UploadTooLarge extends RuntimeException {

    UploadTooLarge() {
      super("the roster-writer answered 413: the body is over its limit");
    }
  }

  /** The writer refused a CSV file; nothing was imported. */
  public static class CsvRejected extends RuntimeException {

    private final transient Problem problem;

    CsvRejected(Problem problem) {
      super(problem.message());
      this.problem = problem;
    }

    /** The refusal with every row error. */
    public Problem problem() {
      return problem;
    }
  }

  private HttpAnswer get(String path, String requester) {
    return http.get(service, path, Optional.of(credentials.bearer(service.name(), requester)));
  }

  private static HttpAnswer knownRun(HttpAnswer answer, String runId) {
    if (answer.status() == 404) {
      throw new CtlException(
          "unknown run "
              + runId
              + ": the roster-writer has no such run; list runs with rosterctl runs");
    }
    return answer;
  }

  private HttpAnswer ok(HttpAnswer answer) {
    if (answer.status() == 401 || answer.status() == 403) {
      throw new CtlException(credentials.refused(service.name(), answer.status()));
    }
    if (!answer.ok()) {
      throw answer.unexpected();
    }
    return answer;
  }
}
