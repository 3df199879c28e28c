package io.rosterbridge.usermatcher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of username keys over arbitrary text. */
class UsernameKeyPropertiesTest {

  @Property
  void aKeyIsItsOwnKey(@ForAll String raw) {
    UsernameKey.of(raw).ifPresent(key -> assertThat(UsernameKey.of(key.value())).contains(key));
  }

  @Property
  void aKeyNeitherStartsNorEndsWithWhiteSpace(@ForAll String raw) {
    UsernameKey.of(raw)
        .map(UsernameKey::value)
        .ifPresent(
            key -> {
              assertThat(UsernameKey.isWhiteSpace(key.codePointAt(0))).isFalse();
              assertThat(UsernameKey.isWhiteSpace(key.codePointBefore(key.length()))).isFalse();
            });
  }

  @Property
  void surroundingWhiteSpaceNeverChangesTheKey(
      @ForAll String raw, @ForAll("spaces") String before, @ForAll("spaces") String after) {
    assertThat(UsernameKey.of(before + raw + after)).isEqualTo(UsernameKey.of(raw));
  }

  @Property
  void asciiCaseNeverChangesTheKey(@ForAll("ascii") String raw) {
    assertThat(UsernameKey.of(raw.toUpperCase(Locale.ROOT))).isEqualTo(UsernameKey.of(raw));
  }

  @Property
  void aDisplayFormExistsExactlyWhenAKeyDoes(@ForAll String raw) {
    Optional<Username> username = Username.parse(raw);
    assertThat(username.isPresent()).isEqualTo(UsernameKey.of(raw).isPresent());
    username.ifPresent(u -> assertThat(u.display()).isNotEmpty().isEqualTo(u.display().strip()));
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.strings()
        .withChars(' ', '\t', '\n', '\u00A0', '\u2007', '\u202F', '\u3000', '\u2003', '\uFEFF')
        .ofMaxLength(4);
  }

  @Provide
  Arbitrary<String> ascii() {
    return Arbitraries.strings().ascii().ofMaxLength(20);
  }
}
