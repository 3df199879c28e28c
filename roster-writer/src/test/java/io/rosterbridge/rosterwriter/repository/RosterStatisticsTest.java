package io.rosterbridge.rosterwriter.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.clever.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which roster tables get fresh statistics after a run. */
class RosterStatisticsTest {

  private final RosterStatistics statistics = new RosterStatistics();

  @Test
  void aFirstRunOfALargeDistrictRefreshesClassesAccountsRolesAndEnrollments() {
    Map<EntityType, Long> written =
        Map.of(
            EntityType.SECTION,
            24_006L,
            EntityType.USER,
            100_004L,
            EntityType.ENROLLMENT,
            596_358L);

    assertThat(statistics.bulkChanged(t -> written.getOrDefault(t, 0L)))
        .containsExactly("section", "account", "account_role", "enrollment");
  }

  @Test
  void onlyTablesWithAtLeastTheBulkChangeAreRefreshed() {
    Map<EntityType, Long> written =
        Map.of(
            EntityType.SECTION,
            RosterStatistics.BULK_CHANGE - 1,
            EntityType.USER,
            12L,
            EntityType.ENROLLMENT,
            RosterStatistics.BULK_CHANGE);

    assertThat(statistics.bulkChanged(t -> written.getOrDefault(t, 0L)))
        .containsExactly("enrollment");
    assertThat(statistics.bulkChanged(t -> 0L)).isEmpty();
  }
}
