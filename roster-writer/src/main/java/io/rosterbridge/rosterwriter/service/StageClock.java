package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.report.StageTiming;
import java.util.ArrayList;
import java.util.List;

/** Times the stages of an apply, one lap per stage. */
final class StageClock {

  private final List<StageTiming> stages = new ArrayList<>();
  private long lapStart = System.nanoTime();

  StageClock(long receiveMillis) {
    stages.add(new StageTiming("receive", receiveMillis));
  }

  /** Ends the current stage under {@code name} and starts the next. */
  void lap(String name) {
    long now = System.nanoTime();
    stages.add(new StageTiming(name, (now - lapStart) / 1_000_000));
    lapStart = now;
  }

  List<StageTiming> stages() {
    return List.copyOf(stages);
  }
}
