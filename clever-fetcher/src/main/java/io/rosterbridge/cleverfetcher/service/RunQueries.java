package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.repository.RunCommandRepository;
import io.rosterbridge.cleverfetcher.repository.RunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads runs for the REST API and for operators. */
@ApplicationScoped
public class RunQueries {

  private final RunRepository runs;
  private final RunCommandRepository commands;

  public RunQueries(RunRepository runs, RunCommandRepository commands) {
    this.runs = runs;
    this.commands = commands;
  }

  /** One run. */
  @Transactional
  public Optional<RunDetails> run(String runId) {
    return runs.findByIdOptional(runId).map(this::view);
  }

  /** The runs a command joined. */
  @Transactional
  public List<RunDetails> byCommand(String commandId) {
    return commands.runsOf(commandId).stream()
        .map(runs::findById)
        .filter(Objects::nonNull)
        .map(this::view)
        .toList();
  }

  /** The latest runs of a district, newest first. */
  @Transactional
  public List<RunDetails> byDistrict(String districtId, int limit) {
    return runs.ofDistrict(districtId, limit).stream().map(this::view).toList();
  }

  /** The newest run of every district that has one, by district id. */
  @Transactional
  public Map<String, RunDetails> latestPerDistrict() {
    Map<String, RunDetails> latest = new LinkedHashMap<>();
    for (FetchRun run : runs.latestPerDistrict()) {
      latest.putIfAbsent(run.districtId, view(run)); // the first of runs created at one instant
    }
    return latest;
  }

  private RunDetails view(FetchRun run) {
    return new RunDetails(run, commands.commandsOf(run.runId));
  }

  /** A run (detached) and every command it serves, the first one first. */
  public record RunDetails(FetchRun run, List<String> commandIds) {}
}
