package io.rosterbridge.cleversim.fault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The faults switched on at run time, matched against each request path in the order added. */
public final class FaultRegistry {

  private final List<ActiveFault> faults = new CopyOnWriteArrayList<>();
  private final AtomicLong sequence = new AtomicLong();

  /** Switches a fault on and returns it with its id. */
  public ActiveFault add(FaultSpec spec) {
    ActiveFault fault = new ActiveFault("fault-" + sequence.incrementAndGet(), spec);
    faults.add(fault);
    return fault;
  }

  /** The faults still active. */
  public List<ActiveFault> list() {
    faults.removeIf(ActiveFault::exhausted);
    return List.copyOf(faults);
  }

  /** Switches one fault off; false when unknown. */
  public boolean remove(String id) {
    return faults.removeIf(f -> f.id().equals(id));
  }

  /** Switches every fault off. */
  public void clear() {
    faults.clear();
  }

  /** Total delay the latency faults matching the path add to this response. */
  public long latencyMs(String path) {
    long total = 0;
    for (ActiveFault fault : faults) {
      FaultSpec spec = fault.spec();
      if (spec.type() == FaultType.LATENCY && spec.matches(path) && fault.consume()) {
        total += spec.latencyMs();
      }
    }
    return total;
  }

  /** The first other fault matching the path that has responses left, used up by one. */
  public Optional<FaultSpec> take(String path) {
    for (ActiveFault fault : faults) {
      FaultSpec spec = fault.spec();
      if (spec.type() != FaultType.LATENCY && spec.matches(path) && fault.consume()) {
        return Optional.of(spec);
      }
    }
    return Optional.empty();
  }
}
