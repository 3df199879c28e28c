package io.rosterbridge.rosterwriter.service.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminCsvParserTest {

  private static AdminCsvParser.Parsed parse(String text) {
    return AdminCsvParser.parse(text.getBytes(UTF_8));
  }

  @Test
  void readsAdminsAndLegacyAccounts() {
    AdminCsvParser.Parsed parsed =
        parse(
            "\uFEFFUsername,Role,School_ID,first_name,last_name\n"
                + "  TSmith ,school_admin,s1;s2,Tom,Smith\n"
                + "boss,DISTRICT_ADMIN,,,\n"
                + "jdoe,legacy,,Jane,Doe\n");

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows())
        .containsExactly(
            new CsvRow(
                2, "TSmith", "tsmith", CsvRole.SCHOOL_ADMIN, List.of("s1", "s2"), "Tom", "Smith"),
            new CsvRow(3, "boss", "boss", CsvRole.DISTRICT_ADMIN, List.of(), null, null),
            new CsvRow(4, "jdoe", "jdoe", CsvRole.LEGACY, List.of(), "Jane", "Doe"));
  }

  @Test
  void reportsEveryBadRowWithItsLine() {
    AdminCsvParser.Parsed parsed =
        parse(
            "username,role,school_id\n"
                + "amy,teacher,\n"
                + ",district_admin,\n"
                + "bob,school_admin,\n"
                + "cal,district_admin,s1\n"
                + "JDoe,legacy,\n"
                + "jdoe\u00A0,district_admin,\n"
                + "\uFF2ADOE,legacy,\n");

    assertThat(parsed.errors())
        .containsExactly(
            new RowError(
                2, "unknown role 'teacher' (expected district_admin, school_admin or legacy)"),
            new RowError(3, "username is empty"),
            new RowError(4, "school_admin needs a school_id"),
            new RowError(5, "district_admin takes no school_id"),
            new RowError(7, "username 'jdoe' repeats row 6 (both are 'jdoe')"),
            new RowError(8, "username 'ＪDOE' repeats row 6 (both are 'jdoe')"));
    assertThat(parsed.rows()).extracting(CsvRow::username).containsExactly("JDoe");
  }

  @Test
  void aRowWithMoreOrFewerFieldsThanTheHeaderIsAnError() {
    AdminCsvParser.Parsed parsed =
        parse(
            "username,role,school_id,first_name,last_name\n"
                + "amy,legacy,,Amy,Lee\n"
                + "bob,legacy,,Bob\n"
                + "cy,legacy,,Cy,Ng,extra\n");

    assertThat(parsed.errors())
        .containsExactly(
            new RowError(3, "has 4 fields; the header has 5"),
            new RowError(4, "has 6 fields; the header has 5"));
    assertThat(parsed.rows()).extracting(CsvRow::username).containsExactly("amy");
  }

  @Test
  void refusesAFileThatIsNotUtf8() {
    byte[] latin1 =
        "username,role\nJos\u00e9,legacy\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(AdminCsvParser.parse(latin1).errors())
        .containsExactly(new RowError(0, "the file is not UTF-8 text"));
  }

  @Test
  void refusesMalformedCsvAndUnknownColumns() {
    assertThat(parse("username,role\n\"amy,legacy\n").errors())
        .containsExactly(
            new RowError(
                0, "malformed CSV: (startline 2) EOF reached before encapsulated token finished"));
    assertThat(parse("username,role,email\namy,legacy,a@x\n").errors())
        .containsExactly(new RowError(1, "unknown column 'email'"));
    assertThat(parse("name,school_id\namy,s1\n").errors())
        .containsExactly(
            new RowError(1, "unknown column 'name'"),
            new RowError(1, "missing column 'username'"),
            new RowError(1, "missing column 'role'"));
  }

  @Test
  void anEmptyFileSaysSo() {
    for (String empty : List.of("", "\uFEFF", "\n\n")) {
      AdminCsvParser.Parsed parsed = parse(empty);

      assertThat(parsed.errors()).containsExactly(new RowError(0, "the file is empty"));
      assertThat(parsed.rows()).isEmpty();
    }
  }

  @Test
  void aHeaderWithoutRowsIsRefused() {
    for (String headerOnly : List.of("username,role\n", "username,role", "username,role\n\n")) {
      AdminCsvParser.Parsed parsed = parse(headerOnly);

      assertThat(parsed.errors())
          .containsExactly(new RowError(0, "the file has a header but no rows"));
      assertThat(parsed.rows()).isEmpty();
    }
  }

  @Test
  void quotedValuesAreCutAndKeptOnOneLine() {
    String huge = "a".repeat(2_000_000);

    assertThat(parse(huge + "\n").errors())
        .containsExactly(
            new RowError(1, "unknown column '" + "a".repeat(60) + "…'"),
            new RowError(1, "missing column 'username'"),
            new RowError(1, "missing column 'role'"));
    assertThat(parse("username,role\namy,\"x\ny\tz\"\n" + "b".repeat(61) + ",legacy\n").errors())
        .containsExactly(
            new RowError(
                2, "unknown role 'x\\ny\\tz' (expected district_admin, school_admin or legacy)"));
    assertThat(
            parse("username,role\n" + "é".repeat(70) + ",legacy\n" + "É".repeat(70) + ",legacy\n")
                .errors())
        .containsExactly(
            new RowError(
                3,
                "username '"
                    + "É".repeat(60)
                    + "…' repeats row 2 (both are '"
                    + "é".repeat(60)
                    + "…')"));
  }

  @Test
  void aParserMessageQuotingTheHeaderIsCut() {
    String header = "username,role," + "x,".repeat(1_000) + "\n";

    List<RowError> errors = parse(header + "amy,legacy\n").errors();

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message())
        .startsWith("malformed CSV: ")
        .endsWith("…")
        .hasSize("malformed CSV: ".length() + 201);
  }
}
