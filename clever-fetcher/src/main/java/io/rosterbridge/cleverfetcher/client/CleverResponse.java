package io.rosterbridge.cleverfetcher.client;

/**
 * One HTTP answer from Clever, body complete.
 *
 * @param status HTTP status
 * @param contentType the Content-Type header, or ""
 * @param body the body bytes
 * @param rateRemaining {@code X-Ratelimit-Remaining}, or -1 when absent
 * @param rateReset {@code X-Ratelimit-Reset} (epoch seconds), or -1 when absent
 */
public record CleverResponse(
    int status, String contentType, byte[] body, long rateRemaining, long rateReset) {

  /** Whether the body is an HTML page (error pages of proxies and of wrong-token calls). */
  public boolean isHtml() {
    return contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
  }
}
