package io.rosterbridge.cleverfetcher.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.rosterbridge.cleverfetcher.messaging.RunStatusPublisher;
import java.time.Clock;
import java.time.Duration;

/** What every run's output needs from the application. */
record RunServices(
    RunStatusPublisher status,
    RunLedger ledger,
    Clock clock,
    Duration progressInterval,
    MeterRegistry metrics) {}
