package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.events.run.RunFailureReason;

/** Reading one district: its token (renewed when refused) and its rate-limit window. */
public final class DistrictSession {

  private final String districtId;
  private final TokenSource tokens;
  private final int pageSize;
  private final RateWindow window = new RateWindow();
  private volatile String token;

  public DistrictSession(String districtId, String token, TokenSource tokens, int pageSize) {
    this.districtId = districtId;
    this.token = token;
    this.tokens = tokens;
    this.pageSize = pageSize;
  }

  /** The Clever district id. */
  public String districtId() {
    return districtId;
  }

  /** Records per page for this district. */
  public int pageSize() {
    return pageSize;
  }

  String token() {
    return token;
  }

  RateWindow window() {
    return window;
  }

  /** Looks the token up again after a refusal; a district without one has disconnected. */
  void renewToken() {
    token =
        tokens
            .renew(districtId)
            .orElseThrow(
                () ->
                    new CleverFailure(
                        RunFailureReason.DISTRICT_DISCONNECTED,
                        "district " + districtId + " is no longer connected: Clever has no token"));
  }
}
