package io.rosterbridge.cleversim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.support.SimClient;
import java.lang.management.ManagementFactory;

/**
 * Run by hand, not a test: generates a district of N users and pages through all users and sections
 * over HTTP, printing time and peak heap. Usage: {@code ServeBenchmark [users] [limit]}.
 */
public final class ServeBenchmark {

  private ServeBenchmark() {}

  /** Entry point. */
  public static void main(String[] args) {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    if (args.length > 3) {
      long start = System.nanoTime();
      SimClient client = new SimClient(args[2]);
      long[] stats = pageAll(client, args[3], "/v3.0/users?limit=" + limit);
      System.out.printf(
          "users=%d (expected %d) pages=%d bytes=%d in %.2f s%n",
          stats[0], users, stats[1], stats[2], (System.nanoTime() - start) / 1e9);
      return;
    }
    HeapSampler heap = HeapSampler.start();
    long start = System.nanoTime();
    GeneratorSpec spec = GeneratorSpec.ofUsers(42, users);
    try (CleverSimulator clever =
        CleverSimulator.start(
            SimConfig.builder().generate(spec).rateLimitPerMinute(Integer.MAX_VALUE).build())) {
      long started = System.nanoTime();
      SimClient client = new SimClient(clever.baseUrl());
      long[] userStats = pageAll(client, clever.districtToken(), "/v3.0/users?limit=" + limit);
      long usersDone = System.nanoTime();
      long[] sectionStats =
          pageAll(client, clever.districtToken(), "/v3.0/sections?limit=" + limit);
      long end = System.nanoTime();
      System.out.printf(
          "users=%d (expected %d) pages=%d bytes=%d | sections=%d pages=%d bytes=%d%n",
          userStats[0],
          spec.userCount(),
          userStats[1],
          userStats[2],
          sectionStats[0],
          sectionStats[1],
          sectionStats[2]);
      System.out.printf(
          "start+generate %.2f s, page all users %.2f s, page all sections %.2f s, total %.2f s%n",
          (started - start) / 1e9,
          (usersDone - started) / 1e9,
          (end - usersDone) / 1e9,
          (end - start) / 1e9);
      System.out.printf(
          "heap: peak used %d MiB (sampled every 10 ms, garbage included), live after full GC %d MiB,"
              + " max heap %d MiB%n",
          heap.stop() >> 20, liveHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
      if (userStats[0] != spec.userCount()) {
        throw new IllegalStateException(
            "served " + userStats[0] + " users, expected " + spec.userCount());
      }
    }
  }

  private static long[] pageAll(SimClient client, String token, String first) {
    long objects = 0;
    long pages = 0;
    long bytes = 0;
    String previousLast = "";
    String uri = first;
    while (uri != null) {
      SimClient.Reply reply = client.get(uri, token);
      if (reply.status() != 200) {
        throw new IllegalStateException(uri + " -> " + reply.status());
      }
      JsonNode page = reply.json();
      for (JsonNode item : page.get("data")) {
        String id = item.get("data").get("id").asText();
        if (id.compareTo(previousLast) <= 0) {
          throw new IllegalStateException("ids not ascending at " + id);
        }
        previousLast = id;
        objects++;
      }
      pages++;
      bytes += reply.bytes().length;
      uri = null;
      for (JsonNode link : page.get("links")) {
        if (link.get("rel").asText().equals("next")) {
          uri = link.get("uri").asText();
        }
      }
    }
    return new long[] {objects, pages, bytes};
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Samples used heap in a daemon thread and keeps the maximum. */
  private static final class HeapSampler implements Runnable {
    private volatile boolean running = true;
    private volatile long peak;

    static HeapSampler start() {
      HeapSampler sampler = new HeapSampler();
      Thread thread = new Thread(sampler, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
      return sampler;
    }

    @Override
    public void run() {
      while (running) {
        peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long stop() {
      running = false;
      return peak;
    }
  }
}
