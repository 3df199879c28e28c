package io.rosterbridge.rosterctl.output;

import io.rosterbridge.events.sync.RunProgress;
import java.io.PrintWriter;
import java.time.Duration;

/** Shows a run's progress while {@code sync --wait} follows it. */
public interface ProgressDisplay {

  /** A progress message of the followed run. */
  void update(RunProgress progress);

  /** Called about twice a second, so that a display can show time passing. */
  void tick();

  /** The wait is over: leave the display so that the report can follow. */
  void finish();

  /** A one-line bar redrawn in place, for a terminal. */
  static ProgressDisplay bar(PrintWriter out) {
    return new BarDisplay(out);
  }

  /** Plain lines: on every change of stage or state, and otherwise at most every {@code every}. */
  static ProgressDisplay lines(PrintWriter out, Duration every) {
    return new LineDisplay(out, every);
  }

  /** Nothing. */
  static ProgressDisplay none() {
    return new ProgressDisplay() {
      @Override
      public void update(RunProgress progress) {}

      @Override
      public void tick() {}

      @Override
      public void finish() {}
    };
  }
}
