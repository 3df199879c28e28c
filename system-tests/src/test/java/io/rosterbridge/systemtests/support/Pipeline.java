package io.rosterbridge.systemtests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline as packaged processes: clever-sim and the four services, started once per test
 * JVM through {@code scripts/services} on ports of their own (so a developer's running services are
 * left alone) and on databases of their own, emptied at the start (so that no earlier run, of this
 * checkout or another, leaves rows or applied migrations behind), wired to the local stack that
 * {@code scripts/test} started, and stopped at exit.
 */
public final class Pipeline {

  /** The repository root (system-tests runs from its module folder). */
  public static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Map<String, Integer> PORTS =
      Map.of("SIM", 18090, "FETCHER", 18081, "MATCHER", 18082, "WRITER", 18083, "SSO", 18084);
  private static final Path STATE = ROOT.resolve(".stack/system-tests");
  private static final String DATABASE_PREFIX = "rosterbridge_systest";
  private static Pipeline running;

  private final Map<String, String> env;

  private Pipeline(Map<String, String> env) {
    this.env = env;
  }

  /** The running pipeline, started on first use. */
  public static synchronized Pipeline get() {
    if (running == null) {
      running = start();
      Runtime.getRuntime().addShutdownHook(new Thread(Pipeline::stopQuietly));
    }
    return running;
  }

  private static Pipeline start() {
    Map<String, String> env = new TreeMap<>();
    PORTS.forEach((name, port) -> env.put("ROSTERBRIDGE_" + name + "_PORT", port.toString()));
    env.put("ROSTERBRIDGE_SERVICES_DIR", STATE.toString());
    env.put("ROSTERBRIDGE_READY_TIMEOUT", "240");
    env.put("ROSTERBRIDGE_DB_PREFIX", DATABASE_PREFIX);
    // clever-sim starts with one small district; each test adds the districts it needs.
    env.put("CLEVER_SIM_GENERATE_STUDENTS", "50");
    // What an earlier, interrupted run of this checkout left running would use the dropped
    // databases.
    Shell.run(env, 120, ROOT.resolve("scripts/services").toString(), "down");
    emptyDatabases(env);
    Shell.Result up = Shell.run(env, 600, ROOT.resolve("scripts/services").toString(), "up");
    if (up.exit() != 0) {
      String logs = logs();
      Shell.run(env, 120, ROOT.resolve("scripts/services").toString(), "down");
      throw new IllegalStateException("the services did not start:\n" + up.all() + logs);
    }
    Shell.Result printed = Shell.run(env, 60, ROOT.resolve("scripts/services").toString(), "env");
    env.putAll(Shell.exports(printed.out()));
    Shell.Result stack = Shell.run(env, 60, ROOT.resolve("scripts/stack").toString(), "env");
    env.putAll(Shell.exports(stack.out()));
    return new Pipeline(env);
  }

  /** Drops and recreates the services' databases, closing what an earlier run left connected. */
  private static void emptyDatabases(Map<String, String> env) {
    Map<String, String> fresh = new TreeMap<>(env);
    fresh.put("ROSTERBRIDGE_PG_FRESH", "1");
    Shell.Result result =
        Shell.run(fresh, 120, ROOT.resolve("scripts/stack").toString(), "up", "postgres");
    if (result.exit() != 0) {
      throw new IllegalStateException("could not empty the test databases:\n" + result.all());
    }
  }

  private static void stopQuietly() {
    Shell.run(running.env, 120, ROOT.resolve("scripts/services").toString(), "down");
  }

  /** The tail of every service's log, for failure messages. */
  public static String logs() {
    StringBuilder out = new StringBuilder();
    for (String name :
        List.of("clever-sim", "clever-fetcher", "user-matcher", "roster-writer", "sso-service")) {
      Path log = STATE.resolve(name + ".log");
      try {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        out.append("\n--- ").append(name).append(" (last 30 lines)\n");
        lines
            .subList(Math.max(0, lines.size() - 30), lines.size())
            .forEach(l -> out.append(l).append('\n'));
      } catch (IOException e) {
        out.append("\n--- ").append(name).append(": ").append(e.getMessage());
      }
    }
    return out.toString();
  }

  /** The environment every helper process gets: stack and service addresses, operator key. */
  public Map<String, String> env() {
    return env;
  }

  /** A variable of that environment. */
  public String env(String name) {
    String value = env.get(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set by scripts/services env");
    }
    return value;
  }

  /** The clever-sim admin and Data API. */
  public CleverSim sim() {
    return new CleverSim(env("ROSTERBRIDGE_SIM_URL"));
  }

  /** Runs {@code rosterctl} with the arguments. */
  public Shell.Result rosterctl(String... args) {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.add("-jar");
    command.add(ROOT.resolve("rosterctl/target/quarkus-app/quarkus-run.jar").toString());
    command.addAll(List.of(args));
    return Shell.run(env, (int) TimeUnit.MINUTES.toSeconds(10), command.toArray(String[]::new));
  }

  /** Stops a service with SIGKILL, as a crash would. */
  public void kill(String service) {
    Shell.Result result =
        Shell.run(env, 60, ROOT.resolve("scripts/services").toString(), "kill", service);
    if (result.exit() != 0) {
      throw new IllegalStateException("could not kill " + service + ": " + result.all());
    }
  }

  /** Starts a stopped service again and waits until it is ready. */
  public void restart(String service) {
    Shell.Result result =
        Shell.run(env, 300, ROOT.resolve("scripts/services").toString(), "up", service);
    if (result.exit() != 0) {
      throw new IllegalStateException("could not start " + service + ": " + result.all() + logs());
    }
  }

  /** The roster-writer's database. */
  public WriterDb writerDb() {
    return new WriterDb(
        env("ROSTERBRIDGE_PG_HOST"),
        Integer.parseInt(env("ROSTERBRIDGE_PG_PORT")),
        DATABASE_PREFIX + "_writer");
  }
}
