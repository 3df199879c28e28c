package io.rosterbridge.cleversim.store;

/**
 * What a page visit saw.
 *
 * @param count objects visited
 * @param firstId id of the first object visited, or null
 * @param lastId id of the last object visited, or null
 * @param more whether further matching objects exist beyond the page in the direction read
 */
public record Window(int count, String firstId, String lastId, boolean more) {}
