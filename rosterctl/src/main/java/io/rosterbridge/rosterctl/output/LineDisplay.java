package io.rosterbridge.rosterctl.output;

import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress as plain lines, for logs and pipes: {@code 08:00:03 run r1 FETCH RUNNING: ...}. */
final class LineDisplay implements ProgressDisplay {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final PrintWriter out;
  private final long everyNanos;
  private final RunTracker run = new RunTracker();
  private RunStage stage;
  private RunState state;
  private long printedAt;

  LineDisplay(PrintWriter out, Duration every) {
    this.out = out;
    this.everyNanos = every.toNanos();
  }

  @Override
  public void update(RunProgress progress) {
    run.update(progress);
    boolean changed = progress.stage() != stage || progress.state() != state;
    if (changed || System.nanoTime() - printedAt >= everyNanos) {
      stage = progress.stage();
      state = progress.state();
      printedAt = System.nanoTime();
      out.println(
          LocalTime.now().format(TIME)
              + " run "
              + progress.runId()
              + " "
              + progress.stage()
              + " "
              + progress.state()
              + ": "
              + run.stages());
      out.flush();
    }
  }

  @Override
  public void tick() {}

  @Override
  public void finish() {
    out.flush();
  }
}
