package io.rosterbridge.rosterctl.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.report.ReportedConflict;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.rosterctl.support.ExpectedReports;
import io.rosterbridge.rosterctl.support.SampleReports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run report as an operator reads it, section by section. */
class ReportPrinterTest {

  @Test
  void aCompletedRun() {
    assertThat(print(SampleReports.completed("r1", "d1")))
        .isEqualTo(ExpectedReports.completed("r1", "d1"));
  }

  @Test
  void aHeldRunListsWhatIsHeldAndHowToApproveIt() {
    assertThat(print(SampleReports.held("r1", "d1"))).isEqualTo(ExpectedReports.held("r1", "d1"));
  }

  @Test
  void aPreviewAnswersTheOnboardingQuestions() {
    assertThat(print(SampleReports.preview("r1", "d1")))
        .isEqualTo(ExpectedReports.preview("r1", "d1"));
  }

  @Test
  void manyConflictsAreCountedPerReasonAndOnlyTheFirstAreListed() {
    RunReport sample = SampleReports.completed("r1", "d1");
    List<ReportedConflict> conflicts = new java.util.ArrayList<>();
    for (int i = 0; i < 11; i++) {
      conflicts.add(
          new ReportedConflict("c" + i, "a" + i, ConflictReason.NO_USERNAME, "no username " + i));
    }
    conflicts.add(
        new ReportedConflict("c11", "a11", ConflictReason.DUPLICATE_USERNAME_IN_RUN, "shared"));
    RunReport report = withConflicts(sample, conflicts);

    String printed = print(report);

    String section =
        printed.substring(printed.indexOf("Conflicts (12)"), printed.indexOf("\nLicences"));
    assertThat(section)
        .isEqualTo(
            "Conflicts (12)\n"
                + "  reason                    | users\n"
                + "  --------------------------+------\n"
                + "  NO_USERNAME               |    11\n"
                + "  DUPLICATE_USERNAME_IN_RUN |     1\n"
                + "\n"
                + "  the first 10:\n"
                + "  clever user | account | reason      | detail\n"
                + "  ------------+---------+-------------+--------------\n"
                + "  c0          | a0      | NO_USERNAME | no username 0\n"
                + "  c1          | a1      | NO_USERNAME | no username 1\n"
                + "  c2          | a2      | NO_USERNAME | no username 2\n"
                + "  c3          | a3      | NO_USERNAME | no username 3\n"
                + "  c4          | a4      | NO_USERNAME | no username 4\n"
                + "  c5          | a5      | NO_USERNAME | no username 5\n"
                + "  c6          | a6      | NO_USERNAME | no username 6\n"
                + "  c7          | a7      | NO_USERNAME | no username 7\n"
                + "  c8          | a8      | NO_USERNAME | no username 8\n"
                + "  c9          | a9      | NO_USERNAME | no username 9\n"
                + "  … and 2 more: rosterctl report --run r1 --json lists every one\n");
  }

  @Test
  void aReportFromTheTopicListingOnlyItsFirstConflictsCountsThemAll() {
    RunReport sample = SampleReports.completed("r1", "d1");
    List<ReportedConflict> conflicts = new java.util.ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      conflicts.add(
          new ReportedConflict("c" + i, "a" + i, ConflictReason.NO_USERNAME, "no username " + i));
    }
    RunReport full = withConflicts(sample, conflicts);

    String printed = print(full.withConflictsListedUpTo(200));

    String section =
        printed.substring(printed.indexOf("Conflicts ("), printed.indexOf("\nLicences"));
    assertThat(section)
        .startsWith(
            "Conflicts (3,000)\n"
                + "  reason      | users\n"
                + "  ------------+------\n"
                + "  NO_USERNAME | 3,000\n"
                + "\n"
                + "  the first 10:\n")
        .endsWith(
            "  c9          | a9      | NO_USERNAME | no username 9\n"
                + "  … and 2,990 more: rosterctl report --run r1 --json lists every one\n");
  }

  private static RunReport withConflicts(RunReport sample, List<ReportedConflict> conflicts) {
    return new RunReport(
        sample.runId(),
        sample.districtId(),
        sample.trigger(),
        sample.mode(),
        sample.state(),
        sample.startedAt(),
        sample.finishedAt(),
        sample.entities(),
        conflicts,
        sample.held(),
        sample.licences(),
        sample.stages(),
        sample.onboarding(),
        sample.notes(),
        null);
  }

  private static String print(RunReport report) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    new ReportPrinter(out).print(report);
    out.flush();
    return text.toString();
  }
}
