package io.rosterbridge.rosterctl.client;

/**
 * A service rosterctl calls: its name in messages, its base URL and the setting that names it.
 *
 * @param name e.g. {@code roster-writer}
 * @param baseUrl the configured base URL
 * @param setting the environment variable that sets the URL
 */
public record Service(String name, String baseUrl, String setting) {

  /** The URL of a path below the base URL. */
  public String url(String path) {
    return baseUrl.replaceAll("/+$", "") + path;
  }
}
