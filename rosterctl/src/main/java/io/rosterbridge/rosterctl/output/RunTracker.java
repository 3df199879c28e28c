package io.rosterbridge.rosterctl.output;

import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import java.util.EnumMap;
import java.util.Map;

/**
 * What is known about a run from its progress messages: records and state per stage. The stages
 * overlap (roster-writer stages a run's classes while the fetcher still reads its users), so each
 * stage keeps its own state and the run's stage is the furthest one that reported.
 */
final class RunTracker {

  private final Map<RunStage, Long> records = new EnumMap<>(RunStage.class);
  private final Map<RunStage, RunState> states = new EnumMap<>(RunStage.class);
  private RunProgress last;

  void update(RunProgress progress) {
    last = progress;
    long total = progress.records().values().stream().mapToLong(Long::longValue).sum();
    records.merge(progress.stage(), total, Math::max);
    states.put(progress.stage(), progress.state());
  }

  RunProgress last() {
    return last;
  }

  /** The furthest stage that reported (FETCH before any report). */
  RunStage stage() {
    RunStage furthest = RunStage.FETCH;
    for (RunStage stage : states.keySet()) { // an EnumMap's keys come in stage order
      furthest = stage;
    }
    return furthest;
  }

  /** The state of the furthest stage that reported. */
  RunState state() {
    return states.getOrDefault(stage(), RunState.QUEUED);
  }

  /** Whether the stage has finished: it, or a later stage, reports COMPLETED. */
  boolean done(RunStage stage) {
    for (RunStage s : RunStage.values()) {
      if (s.compareTo(stage) >= 0 && states.get(s) == RunState.COMPLETED) {
        return true;
      }
    }
    return false;
  }

  /** Whether the stage reported and has not finished. */
  boolean underWay(RunStage stage) {
    return states.containsKey(stage) && !done(stage);
  }

  /** {@code fetch 12,340 | match - | write -}. */
  String stages() {
    StringBuilder text = new StringBuilder();
    for (RunStage stage : RunStage.values()) {
      Long n = records.get(stage);
      text.append(text.length() == 0 ? "" : " | ")
          .append(Formats.lower(stage))
          .append(' ')
          .append(n == null ? "-" : Formats.count(n));
    }
    return text.toString();
  }
}
