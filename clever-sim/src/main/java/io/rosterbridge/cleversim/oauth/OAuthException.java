package io.rosterbridge.cleversim.oauth;

import io.rosterbridge.cleversim.model.ApiException;

/** An OAuth error, answered as {@code {"error":…,"error_description":…}}. */
public final class OAuthException extends ApiException {

  private final String error;

  /** An OAuth error code such as {@code invalid_grant} with a description. */
  public OAuthException(int status, String error, String description) {
    super(status, description);
    this.error = error;
  }

  /** The OAuth error code. */
  public String error() {
    return error;
  }
}
