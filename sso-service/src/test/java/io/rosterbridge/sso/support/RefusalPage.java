package io.rosterbridge.sso.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** What every refused Clever sign-in shows: the status, the sentence, and no session left. */
public final class RefusalPage {

  private RefusalPage() {}

  /** Asserts the page: status, HTML, the sentence, and only the session cookie's removal. */
  public static void assertPage(Response response, int status, String sentence) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.headers().getValues("Set-Cookie")).hasSize(1);
    SessionCookie.assertCleared(response);
    assertThat(response.asString()).contains(">" + sentence + "</p>");
  }
}
