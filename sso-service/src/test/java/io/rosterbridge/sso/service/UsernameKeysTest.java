package io.rosterbridge.sso.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Login names become the same keys the login index holds. */
class UsernameKeysTest {

  @Test
  void keysAreNfkcTrimmedOfEveryWhiteSpaceAndLowerCase() {
    assertThat(UsernameKeys.of("JDOE@District.example.org")).isEqualTo("jdoe@district.example.org");
    assertThat(UsernameKeys.of("\u00a0\u200b Lkim@district.example.org\u3000\ufeff"))
        .isEqualTo("lkim@district.example.org");
    assertThat(UsernameKeys.of("\uff2a\uff24\uff2f\uff25@district.example.org"))
        .isEqualTo("jdoe@district.example.org");
    assertThat(UsernameKeys.of(" \u2003 ")).isNull();
    assertThat(UsernameKeys.of(null)).isNull();
  }

  @Test
  void localPartAndDomainSplitAtTheLastAt() {
    assertThat(UsernameKeys.localPart("lkim@district.example.org")).isEqualTo("lkim");
    assertThat(UsernameKeys.localPart("a@b@district.example.org")).isEqualTo("a@b");
    assertThat(UsernameKeys.localPart("rpatel")).isEqualTo("rpatel");
    assertThat(UsernameKeys.localPart("@district.example.org")).isNull();
    assertThat(UsernameKeys.domain("a@b@district.example.org")).isEqualTo("district.example.org");
    assertThat(UsernameKeys.domain("rpatel")).isNull();
    assertThat(UsernameKeys.domain("rpatel@")).isNull();
  }
}
