package io.rosterbridge.rosterctl.support;

/** How one rosterctl invocation ended: exit code, standard output and standard error. */
public record CtlResult(int exitCode, String out, String err) {}
