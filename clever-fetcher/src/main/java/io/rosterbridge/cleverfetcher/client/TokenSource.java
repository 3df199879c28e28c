package io.rosterbridge.cleverfetcher.client;

import java.util.Optional;

/** Where a district's token comes from, and is looked up again when Clever refuses it. */
public interface TokenSource {

  /** The district's current token, looked up again; empty when the district disconnected. */
  Optional<String> renew(String districtId);
}
