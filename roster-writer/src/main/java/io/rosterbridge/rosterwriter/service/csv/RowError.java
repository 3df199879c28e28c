package io.rosterbridge.rosterwriter.service.csv;

/**
 * Why a row (line {@code line} of the file, the header being line 1; 0 for the whole file) was
 * refused.
 */
public record RowError(long line, String message) {}
