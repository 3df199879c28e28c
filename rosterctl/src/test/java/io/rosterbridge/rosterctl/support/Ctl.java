package io.rosterbridge.rosterctl.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs rosterctl's command line in the test JVM, capturing what it prints. */
public final class Ctl {

  private Ctl() {}

  /** Executes {@code args} on a fresh command line (from the application's producer). */
  public static CtlResult run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return new CtlResult(exitCode, out.toString(), err.toString());
  }
}
