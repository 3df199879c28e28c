package io.rosterbridge.sso.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The origins a logout may come from: the application's and the service's own. */
class LogoutOriginsTest {

  @Test
  void anApplicationServedFromTheServicesOwnOriginIsOneOrigin() {
    assertThat(SessionResource.origins("http://localhost:8084/me", "http://localhost:8084"))
        .containsExactly("http://localhost:8084");
  }

  @Test
  void separateOriginsAreBothAllowedWithoutTheirPaths() {
    assertThat(
            SessionResource.origins(
                "https://app.example.org/typing/home", "https://login.example.org:8443/"))
        .containsExactlyInAnyOrder("https://app.example.org", "https://login.example.org:8443");
  }
}
