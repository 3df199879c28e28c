package io.rosterbridge.rosterctl.output;

import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import java.util.EnumMap;
import java.util.Map;

/** What is known about a run from its progress messages: records per stage, stage and state. */
final class RunTracker {

  private final Map<RunStage, Long> records = new EnumMap<>(RunStage.class);
  private RunProgress last;

  void update(RunProgress progress) {
    last = progress;
    long total = progress.records().values().stream().mapToLong(Long::longValue).sum();
    records.merge(progress.stage(), total, Math::max);
  }

  RunProgress last() {
    return last;
  }

  RunStage stage() {
    return last == null ? RunStage.FETCH : last.stage();
  }

  RunState state() {
    return last == null ? RunState.QUEUED : last.state();
  }

  /** Whether the stage has finished: a later stage reports, or it reports COMPLETED. */
  boolean done(RunStage stage) {
    return stage.compareTo(stage()) < 0
        || (stage == stage() && state() != RunState.RUNNING && state() != RunState.QUEUED);
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
