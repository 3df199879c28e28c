package io.rosterbridge.rosterwriter.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Named parameters: found in the statement, never in its comments, literals or casts. */
class SqlTest {

  @Test
  void parametersAreBoundInOrderOfAppearance() {
    Sql sql = Sql.of("select * from account where district_id = :district and id = any(:ids)");

    assertThat(sql.names()).containsExactly("district", "ids");
    assertThat(sql.jdbcText())
        .isEqualTo("select * from account where district_id = ? and id = any(?)");
  }

  @Test
  void castsCommentsAndLiteralsAreNotParameters() {
    Sql sql =
        Sql.of(
            "-- compares :ids as a set\n"
                + "select ':not_a_parameter', 'it''s :quoted', cast(:ids as varchar[]), x::text\n"
                + "from t -- where :also_not\n"
                + "where d = :district");

    assertThat(sql.names()).containsExactly("ids", "district");
    assertThat(sql.jdbcText())
        .isEqualTo(
            "-- compares :ids as a set\n"
                + "select ':not_a_parameter', 'it''s :quoted', cast(? as varchar[]), x::text\n"
                + "from t -- where :also_not\n"
                + "where d = ?");
  }

  @Test
  void everyScriptParsesWithItsParameters() {
    assertThat(Sql.script("active-roles").names()).containsExactly("ids");
    assertThat(Sql.script("merge-enrollments").names()).contains("district", "run", "now");
  }
}
