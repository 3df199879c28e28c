package io.rosterbridge.usermatcher.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How raw usernames become keys and display forms. */
class UsernameKeyTest {

  private static String key(String raw) {
    return UsernameKey.of(raw).map(UsernameKey::value).orElse(null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdoe", "JDoe", "JDOE", "jDoE", "jdoe ", " JDoe\t", "\njdoe\r\n"})
  void caseAndSurroundingWhiteSpaceDoNotMatter(String raw) {
    assertThat(key(raw)).isEqualTo("jdoe");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u00A0jdoe\u00A0", // no-break space
        "\u2007jdoe\u2007", // figure space
        "\u202Fjdoe\u202F", // narrow no-break space
        "\u3000jdoe\u3000", // ideographic space
        "\u2002\u2003jdoe\u2009\u200A", // en, em, thin and hair spaces
        "\u0085jdoe\u2028\u2029", // next line, line and paragraph separators
        "\uFEFFjdoe\u200B", // byte-order mark, zero-width space
      })
  void everyUnicodeWhiteSpaceIsTrimmedAtBothEnds(String raw) {
    assertThat(key(raw)).isEqualTo("jdoe");
    assertThat(Username.parse(raw)).contains(new Username("jdoe", new UsernameKey("jdoe")));
  }

  @Test
  void whiteSpaceInsideIsKeptAndNormalized() {
    assertThat(key("john doe")).isEqualTo("john doe");
    assertThat(key("john\u00A0doe")).isEqualTo("john doe");
  }

  @ParameterizedTest
  @CsvSource({
    "ＪＤｏｅ, jdoe", // full-width letters
    "ｊｄｏｅ９９, jdoe99", // full-width digits
    "ﬁona, fiona", // ligature
    "\u212Aim, kim", // Kelvin sign
    "jdoe², jdoe2", // superscript two
    "Ⅻ, xii", // Roman numeral twelve
  })
  void compatibilityFormsAreFoldedByNfkc(String raw, String expected) {
    assertThat(key(raw)).isEqualTo(expected);
  }

  @Test
  void fullWidthDisplayIsKeptWhileTheKeyIsFolded() {
    assertThat(Username.parse("\u3000ＪＤｏｅ "))
        .contains(new Username("ＪＤｏｅ", new UsernameKey("jdoe")));
  }

  @Test
  void composedAndDecomposedAccentsShareAKey() {
    assertThat(key("Jos\u00E9")).isEqualTo(key("Jose\u0301")).isEqualTo("jos\u00E9");
  }

  @Test
  void turkishDottedCapitalIIsLowerCasedWithTheRootLocale() {
    // ROOT keeps the dot as a combining mark; it does not become a plain i.
    assertThat(key("\u0130pek")).isEqualTo("i\u0307pek");
    assertThat(key("\u0130pek")).isNotEqualTo(key("ipek"));
  }

  @Test
  void plainCapitalIIsLowerCasedToDottedIWhateverTheDefaultLocale() {
    assertThat(key("JIM")).isEqualTo("jim");
    assertThat("JIM".toLowerCase(Locale.forLanguageTag("tr"))).isEqualTo("j\u0131m");
    assertThat(key("j\u0131m")).isNotEqualTo(key("jim"));
  }

  @Test
  void lowerCasingIsNotCaseFolding() {
    assertThat(key("STRASSE")).isEqualTo("strasse");
    assertThat(key("straße")).isEqualTo("straße");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t\n", "\u00A0", "\u3000\u202F\u2007", "\uFEFF"})
  void nothingButWhiteSpaceHasNoKey(String raw) {
    assertThat(UsernameKey.of(raw)).isEmpty();
    assertThat(Username.parse(raw)).isEmpty();
  }

  @Test
  void aKeyIsNeverEmpty() {
    assertThatThrownBy(() -> new UsernameKey("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Username.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysCompareByValue() {
    assertThat(UsernameKey.of("JDoe"))
        .isEqualTo(UsernameKey.of("jdoe "))
        .isEqualTo(Optional.of(new UsernameKey("jdoe")));
  }
}
