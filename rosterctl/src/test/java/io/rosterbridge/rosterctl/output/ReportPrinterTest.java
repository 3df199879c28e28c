package io.rosterbridge.rosterctl.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.rosterctl.support.ExpectedReports;
import io.rosterbridge.rosterctl.support.SampleReports;
import java.io.PrintWriter;
import java.io.StringWriter;
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

  private static String print(RunReport report) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    new ReportPrinter(out).print(report);
    out.flush();
    return text.toString();
  }
}
