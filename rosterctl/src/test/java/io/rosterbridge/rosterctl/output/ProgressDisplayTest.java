package io.rosterbridge.rosterctl.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress bar (terminal) and the plain lines (pipes and logs). */
class ProgressDisplayTest {

  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text);

  @Test
  void theBarIsRedrawnInPlaceWithASegmentPerStage() {
    ProgressDisplay bar = ProgressDisplay.bar(out);

    bar.update(progress(RunStage.FETCH, RunState.RUNNING, 1_200));
    bar.update(progress(RunStage.FETCH, RunState.COMPLETED, 2_500));
    bar.update(progress(RunStage.MATCH, RunState.RUNNING, 800));
    bar.finish();

    String[] frames = text.toString().split("\r", -1);
    assertThat(frames).hasSize(4);
    assertThat(frames[1])
        .matches(
            "run r1 \\[========\\.{16}\\] fetch 1,200 \\| match - \\| write -  RUNNING 0:0\\d");
    assertThat(frames[2]).startsWith("run r1 [" + "#".repeat(8) + ".".repeat(16) + "] fetch 2,500");
    assertThat(frames[3])
        .startsWith(
            "run r1 ["
                + "#".repeat(8)
                + "=".repeat(8)
                + ".".repeat(8)
                + "] fetch 2,500 | match 800")
        .endsWith("\n");
  }

  @Test
  void aWriterStagingWhileTheFetchRunsLeavesTheFetchUnderWay() {
    ProgressDisplay bar = ProgressDisplay.bar(out);

    bar.update(progress(RunStage.FETCH, RunState.RUNNING, 1_200));
    bar.update(progress(RunStage.WRITE, RunState.RUNNING, 900));
    bar.update(progress(RunStage.FETCH, RunState.COMPLETED, 2_500));
    bar.update(progress(RunStage.MATCH, RunState.COMPLETED, 2_000));
    bar.finish();

    assertThat(List.of(text.toString().split("\r", -1)))
        .hasSize(5)
        .satisfies(
            frames -> {
              assertThat(frames.get(2))
                  .startsWith(
                      "run r1 [========........========] fetch 1,200 | match - | write 900");
              assertThat(frames.get(3))
                  .startsWith(
                      "run r1 [########........========] fetch 2,500 | match - | write 900");
              assertThat(frames.get(4))
                  .startsWith("run r1 [################========] fetch 2,500 | match 2,000 |");
            });
  }

  @Test
  void linesPrintWhenAStageChangesStateAndOtherwiseOnlyNowAndThen() {
    ProgressDisplay lines = ProgressDisplay.lines(out, Duration.ofHours(1));

    lines.update(progress(RunStage.FETCH, RunState.RUNNING, 100));
    lines.update(progress(RunStage.WRITE, RunState.RUNNING, 50));
    lines.update(
        progress(
            RunStage.FETCH, RunState.RUNNING, 200)); // FETCH was RUNNING, within the hour: quiet
    lines.update(progress(RunStage.WRITE, RunState.RUNNING, 150)); // WRITE was RUNNING: quiet
    lines.update(progress(RunStage.FETCH, RunState.COMPLETED, 300));
    lines.finish();

    assertThat(text.toString().lines())
        .map(line -> line.substring(9))
        .containsExactly(
            "run r1 FETCH RUNNING: fetch 100 | match - | write -",
            "run r1 WRITE RUNNING: fetch 100 | match - | write 50",
            "run r1 FETCH COMPLETED: fetch 300 | match - | write 150");
  }

  private static RunProgress progress(RunStage stage, RunState state, long users) {
    return new RunProgress(
        "r1", "d1", "c1", stage, state, Map.of(EntityType.USER, users), Instant.now());
  }
}
