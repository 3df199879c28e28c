package io.rosterbridge.rosterctl.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.client.FetcherViews.District;
import io.rosterbridge.rosterctl.config.CtlConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The clever-fetcher API: its district connections. */
@ApplicationScoped
public class FetcherClient {

  private final Http http;
  private final Credentials credentials;
  private final Service service;

  public FetcherClient(Http http, Credentials credentials, CtlConfig config) {
    this.http = http;
    this.credentials = credentials;
    this.service = new Service("clever-fetcher", config.fetcherUrl(), "ROSTERCTL_FETCHER_URL");
  }

  /**
   * {@code GET /districts}: the fetcher's district connections; {@code refresh} asks it to list
   * them from Clever first.
   */
  public List<District> districts(boolean refresh, String requester) {
    HttpAnswer answer =
        http.get(
            service,
            refresh ? "/districts?refresh=true" : "/districts",
            credentials.optionalBearer(service.name(), requester));
    if (answer.status() == 401 || answer.status() == 403) {
      throw new CtlException(credentials.refused(service.name(), answer.status()));
    }
    if (!answer.ok()) {
      throw answer.unexpected();
    }
    return answer.json(new TypeReference<List<District>>() {});
  }
}
