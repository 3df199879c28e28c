package io.rosterbridge.sso.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects every log line written while it is open, with its parameters and exception text. */
public final class LogCapture extends Handler implements AutoCloseable {

  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  private LogCapture() {}

  /** Starts capturing on the root logger. */
  public static LogCapture start() {
    LogCapture capture = new LogCapture();
    Logger.getLogger("").addHandler(capture);
    return capture;
  }

  /** The captured lines so far. */
  public List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void publish(LogRecord record) {
    StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
    if (record.getParameters() != null) {
      for (Object parameter : record.getParameters()) {
        line.append(' ').append(parameter);
      }
    }
    for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
      line.append(' ').append(t);
    }
    lines.add(line.toString());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
