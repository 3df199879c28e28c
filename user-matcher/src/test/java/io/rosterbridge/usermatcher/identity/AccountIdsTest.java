package io.rosterbridge.usermatcher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** New account ids are name-based, so a replayed run mints the same ones. */
class AccountIdsTest {

  @Test
  void theIdOfANewAccountIsFixedByDistrictAndCleverUserId() {
    assertThat(AccountIds.mint("district-1", "c-1", id -> false))
        .isEqualTo("453925d3-c2e3-3193-8ec3-b6a27fdd718c");
  }

  @Test
  void anIdInUseIsSkippedForTheNextOfTheSeries() {
    assertThat(AccountIds.mint("district-1", "c-1", "453925d3-c2e3-3193-8ec3-b6a27fdd718c"::equals))
        .isEqualTo("f682fe62-4e77-3578-b273-dd9c20b5d08f");
  }

  @Test
  void differentDistrictsOrUsersGetDifferentIds() {
    Set<String> ids =
        Set.of(
            AccountIds.mint("d-1", "c-1", id -> false),
            AccountIds.mint("d-2", "c-1", id -> false),
            AccountIds.mint("d-1", "c-2", id -> false));

    assertThat(ids).hasSize(3);
  }

  @Test
  void partsCannotBeShiftedIntoOneAnother() {
    assertThat(AccountIds.candidate("d:1", "c", 0))
        .isNotEqualTo(AccountIds.candidate("d", "1:c", 0));
    assertThat(AccountIds.candidate("d", "c:1", 0)).isNotEqualTo(AccountIds.candidate("d", "c", 1));
  }
}
