package io.rosterbridge.sso.service;

import java.util.Locale;

/** Where a person signs in: Clever, or a district's Google or Microsoft accounts. */
public enum SignInProvider {
  CLEVER("Clever"),
  GOOGLE("Google"),
  MICROSOFT("Microsoft");

  private final String displayName;

  SignInProvider(String displayName) {
    this.displayName = displayName;
  }

  /** The name people read on the pages. */
  public String displayName() {
    return displayName;
  }

  /** The quarkus-oidc tenant id of the provider, also the last segment of its sign-in path. */
  public String tenant() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Where signing in with the provider starts. */
  public String startPath() {
    return "/login/" + tenant();
  }
}
