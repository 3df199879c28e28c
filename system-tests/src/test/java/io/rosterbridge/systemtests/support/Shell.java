package io.rosterbridge.systemtests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a command to completion with extra environment, capturing what it printed. */
public final class Shell {

  private static final Pattern EXPORT = Pattern.compile("^export ([A-Z0-9_]+)='?([^']*)'?$");

  private Shell() {}

  /** What a command did: its exit code and what it printed on stdout and stderr. */
  public record Result(int exit, String out, String err) {

    /** Both streams, for failure messages. */
    public String all() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** Runs the command; fails if it does not end within the timeout. */
  public static Result run(Map<String, String> env, int timeoutSeconds, String... command) {
    try {
      Path out = Files.createTempFile("rb-out", ".txt");
      Path err = Files.createTempFile("rb-err", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(Pipeline.ROOT.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
      }
      Result result =
          new Result(
              process.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return result;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + String.join(" ", command), e);
    }
  }

  /** The variables of {@code export NAME=value} lines. */
  public static Map<String, String> exports(String text) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      Matcher m = EXPORT.matcher(line.trim());
      if (m.matches()) {
        vars.put(m.group(1), m.group(2));
      }
    }
    return vars;
  }
}
