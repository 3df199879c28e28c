package io.rosterbridge.rosterctl.support;

/** The text rosterctl prints for the {@link SampleReports}: what an operator reads. */
public final class ExpectedReports {

  private ExpectedReports() {}

  public static String completed(String runId, String districtId) {
    return """
        Run %1$s of district %2$s: COMPLETED (FULL sync, manual)
          started 2025-03-04 08:00:00Z, finished 2025-03-04 08:00:24Z (took 24.3 s)

        entity     | created | updated | unchanged | restored | soft-deleted | held
        -----------+---------+---------+-----------+----------+--------------+-----
        school     |       2 |       0 |         3 |        0 |            0 |    0
        section    |      12 |       3 |       180 |        1 |            4 |    0
        user       |     250 |      17 |     3,120 |        2 |            6 |    0
        enrollment |   1,410 |       0 |    21,873 |        5 |           39 |    0

        Conflicts (2)
          clever user              | account | reason                       | detail
          -------------------------+---------+------------------------------+-----------------------------------------------------
          5f1b00000000000000000007 | -       | DUPLICATE_USERNAME_IN_RUN    | 2 Clever users share the username jdoe
          5f1b00000000000000000009 | acc-77  | STUDENT_MATCHES_MANUAL_ADMIN | student username principal matches an imported admin

        Licences
          accounts | active |    seats
          ---------+--------+---------
          students |  3,150 |    3,000
          staff    |    220 | no limit
          WARNING: 3,150 active students exceed 3,000 seats

        Stage timings
          stage |   took
          ------+-------
          fetch | 12.3 s
          match |  3.2 s
          write |  8.8 s
        """
        .formatted(runId, districtId);
  }

  public static String held(String runId, String districtId) {
    return """
        Run %1$s of district %2$s: HELD (FULL sync, manual)
          started 2025-03-04 08:00:00Z, finished 2025-03-04 08:00:24Z (took 24.3 s)

        entity     | created | updated | unchanged | restored | soft-deleted | held
        -----------+---------+---------+-----------+----------+--------------+-----
        school     |       2 |       0 |         3 |        0 |            0 |    0
        section    |      12 |       3 |       180 |        1 |            4 |    0
        user       |     250 |      17 |     3,120 |        2 |            0 |  130
        enrollment |   1,410 |       0 |    21,873 |        5 |           39 |    0

        Conflicts (2)
          clever user              | account | reason                       | detail
          -------------------------+---------+------------------------------+-----------------------------------------------------
          5f1b00000000000000000007 | -       | DUPLICATE_USERNAME_IN_RUN    | 2 Clever users share the username jdoe
          5f1b00000000000000000009 | acc-77  | STUDENT_MATCHES_MANUAL_ADMIN | student username principal matches an imported admin

        Held deletions (the deletion guard kept them; nothing of these was soft-deleted)
          entity | held | of active | sample
          -------+------+-----------+------------------------------------------------------------------
          user   |  130 |     1,200 | 5f1a00000000000000000001, 5f1a00000000000000000002, 5f1a0003, ...
          apply them with: rosterctl approve --run %1$s

        Licences
          accounts | active |    seats
          ---------+--------+---------
          students |  3,150 |    3,000
          staff    |    220 | no limit
          WARNING: 3,150 active students exceed 3,000 seats

        Stage timings
          stage |   took
          ------+-------
          fetch | 12.3 s
          match |  3.2 s
          write |  8.8 s
        """
        .formatted(runId, districtId);
  }

  public static String preview(String runId, String districtId) {
    return """
        Run %1$s of district %2$s: COMPLETED (PREVIEW sync, manual)
          started 2025-03-04 08:00:00Z, finished 2025-03-04 08:00:24Z (took 24.3 s)
          preview: nothing was applied; the counts say what a sync would do

        entity     | created | updated | unchanged | restored | soft-deleted | held
        -----------+---------+---------+-----------+----------+--------------+-----
        school     |       2 |       0 |         3 |        0 |            0 |    0
        section    |      12 |       3 |       180 |        1 |            4 |    0
        user       |     250 |      17 |     3,120 |        2 |            6 |    0
        enrollment |   1,410 |       0 |    21,873 |        5 |           39 |    0

        Conflicts (2)
          clever user              | account | reason                       | detail
          -------------------------+---------+------------------------------+-----------------------------------------------------
          5f1b00000000000000000007 | -       | DUPLICATE_USERNAME_IN_RUN    | 2 Clever users share the username jdoe
          5f1b00000000000000000009 | acc-77  | STUDENT_MATCHES_MANUAL_ADMIN | student username principal matches an imported admin

        Licences
          accounts | active |    seats
          ---------+--------+---------
          students |  3,150 |    3,000
          staff    |    220 | no limit
          WARNING: 3,150 active students exceed 3,000 seats

        Stage timings
          stage |   took
          ------+-------
          fetch | 12.3 s
          match |  3.2 s
          write |  8.8 s

        Onboarding answers
          question                              | answer
          --------------------------------------+-------------------------------------------------------------
          Does the district have users already? | yes: 1,230 accounts (1,200 pre-existing, 30 imported admins)
          Are there enough licences?            | no: more active accounts than seats (see Licences)
          How many usernames match?             | 1,100 matched an existing account, 130 did not
          What happens to current data?         | would be soft-deleted (reversibly): user 130
        """
        .formatted(runId, districtId);
  }
}
