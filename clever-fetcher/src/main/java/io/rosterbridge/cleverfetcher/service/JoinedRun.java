package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.entity.RunStatus;

/**
 * The run a sync command joined for one district.
 *
 * @param runId the run
 * @param districtId its district
 * @param status QUEUED (new or waiting) or RUNNING (coalesced into the active run)
 */
public record JoinedRun(String runId, String districtId, RunStatus status) {}
