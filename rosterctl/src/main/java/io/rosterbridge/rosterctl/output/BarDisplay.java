package io.rosterbridge.rosterctl.output;

import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * {@code run r1 [########========........] fetch 12,340 | match - | write - RUNNING 0:42}, redrawn
 * in place: a segment per stage, '#' done, '=' under way, '.' to come.
 */
final class BarDisplay implements ProgressDisplay {

  private static final int SEGMENT = 8;

  private final PrintWriter out;
  private final RunTracker run = new RunTracker();
  private final long startedAt = System.nanoTime();
  private int width;

  BarDisplay(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void update(RunProgress progress) {
    run.update(progress);
    draw();
  }

  @Override
  public void tick() {
    draw();
  }

  @Override
  public void finish() {
    if (width > 0) {
      out.println();
      out.flush();
    }
  }

  private void draw() {
    RunProgress last = run.last();
    String line =
        (last == null ? "waiting for the run" : "run " + last.runId())
            + " ["
            + bar()
            + "] "
            + run.stages()
            + "  "
            + (last == null ? "" : run.state() + " ")
            + Formats.clock(Duration.ofNanos(System.nanoTime() - startedAt));
    out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    out.flush();
    width = line.length();
  }

  private String bar() {
    StringBuilder bar = new StringBuilder();
    for (RunStage stage : RunStage.values()) {
      char c = run.done(stage) ? '#' : run.underWay(stage) ? '=' : '.';
      bar.append(String.valueOf(c).repeat(SEGMENT));
    }
    return bar.toString();
  }
}
