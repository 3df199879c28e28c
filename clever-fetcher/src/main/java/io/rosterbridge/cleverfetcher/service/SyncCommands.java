package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.messaging.RunStatusPublisher;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.SyncRequested;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Handles a sync command once: finds the districts it addresses, joins it to a run per district
 * (reported on {@code roster.run-status} with the command id) and gets the runs going.
 */
@ApplicationScoped
public class SyncCommands {

  private final SyncRequestLog log;
  private final DistrictConnections connections;
  private final RunQueue queue;
  private final RunDispatcher dispatcher;
  private final RunStatusPublisher status;
  private final Clock clock;

  public SyncCommands(
      SyncRequestLog log,
      DistrictConnections connections,
      RunQueue queue,
      RunDispatcher dispatcher,
      RunStatusPublisher status,
      Clock clock) {
    this.log = log;
    this.connections = connections;
    this.queue = queue;
    this.dispatcher = dispatcher;
    this.status = status;
    this.clock = clock;
  }

  /** Accepts a command; a re-delivered one changes nothing. */
  public void accept(SyncRequested command) {
    if (log.seen(command.commandId())) {
      return;
    }
    List<String> districts = districtsOf(command);
    for (JoinedRun joined : queue.accept(command, districts)) {
      status.publish(
          new RunProgress(
              joined.runId(),
              joined.districtId(),
              command.commandId(),
              RunStage.FETCH,
              joined.status().state(),
              Map.of(),
              clock.instant()));
      dispatcher.kick(joined.districtId());
    }
  }

  private List<String> districtsOf(SyncRequested command) {
    String district = command.districtId();
    if (district == null || district.isBlank()) {
      // A missing field must never widen into a sync of every district.
      throw new IllegalArgumentException(
          "sync command "
              + command.commandId()
              + " names no district; every connected district is districtId \""
              + Topics.ALL_DISTRICTS
              + "\"");
    }
    return command.allDistricts() ? List.copyOf(connections.forEveryDistrict()) : List.of(district);
  }
}
