package io.rosterbridge.rosterctl.client;

/** Who is asking: {@code --as}, else the operating-system user. */
public final class Requester {

  private Requester() {}

  /** The name commands and minted tokens carry. */
  public static String of(String as) {
    if (as != null && !as.isBlank()) {
      return as.trim();
    }
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? "unknown" : user;
  }
}
