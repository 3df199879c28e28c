package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.client.CleverApi;
import io.rosterbridge.cleverfetcher.client.CleverDoc;
import io.rosterbridge.cleverfetcher.client.CleverFailure;
import io.rosterbridge.cleverfetcher.client.DistrictSession;
import io.rosterbridge.cleverfetcher.client.Page;
import io.rosterbridge.cleverfetcher.config.CleverConfig;
import io.rosterbridge.events.run.RunFailureReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads one Clever list to its end by following {@code next} links, handing over each page as it
 * arrives; a link already followed or a page cap reached with a link left fails the run.
 */
@ApplicationScoped
public class ListReader {

  private final CleverApi api;
  private final CleverConfig config;

  public ListReader(CleverApi api, CleverConfig config) {
    this.api = api;
    this.config = config;
  }

  /** Reads the list starting at {@code first}; {@code onPage} gets every page's objects. */
  public <T extends CleverDoc> void read(
      DistrictSession session, String first, Class<T> type, Consumer<List<T>> onPage) {
    follow(session, api.page(session, first, type), first, type, onPage);
  }

  /** Goes on from a first page already read (the incremental read's probe). */
  public <T extends CleverDoc> void follow(
      DistrictSession session, Page<T> first, String uri, Class<T> type, Consumer<List<T>> onPage) {
    Set<String> followed = new HashSet<>(Set.of(uri));
    Page<T> page = first;
    for (int pages = 1; ; pages++) {
      onPage.accept(page.items());
      if (!page.hasNext()) {
        return;
      }
      if (!followed.add(page.next())) {
        throw new CleverFailure(
            RunFailureReason.REPEATED_CURSOR,
            "GET " + uri + " links next to " + page.next() + ", which was already read");
      }
      if (pages >= config.maxPages()) {
        throw new CleverFailure(
            RunFailureReason.PAGE_CAP_REACHED,
            "read " + pages + " pages of " + path(uri) + " and a next link is left");
      }
      uri = page.next();
      page = api.page(session, uri, type);
    }
  }

  private static String path(String uri) {
    return uri.replaceFirst("\\?.*$", "");
  }
}
