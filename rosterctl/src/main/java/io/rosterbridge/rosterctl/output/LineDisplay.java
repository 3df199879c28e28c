package io.rosterbridge.rosterctl.output;

import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/**
 * Progress as plain lines, for logs and pipes: {@code 08:00:03 run r1 FETCH RUNNING: ...}, one when
 * a stage's state changes and otherwise one per interval.
 */
final class LineDisplay implements ProgressDisplay {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final PrintWriter out;
  private final long everyNanos;
  private final RunTracker run = new RunTracker();
  private final Map<RunStage, RunState> printed = new EnumMap<>(RunStage.class);
  private long printedAt;

  LineDisplay(PrintWriter out, Duration every) {
    this.out = out;
    this.everyNanos = every.toNanos();
  }

  @Override
  public void update(RunProgress progress) {
    run.update(progress);
    boolean changed = printed.put(progress.stage(), progress.state()) != progress.state();
    if (changed || System.nanoTime() - printedAt >= everyNanos) {
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
