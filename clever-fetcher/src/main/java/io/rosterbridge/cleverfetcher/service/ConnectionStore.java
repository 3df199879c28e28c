package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.entity.DistrictConnection;
import io.rosterbridge.cleverfetcher.repository.ConnectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Discovered district tokens in PostgreSQL, encrypted at rest. */
@ApplicationScoped
public class ConnectionStore {

  private static final Logger LOG = Logger.getLogger(ConnectionStore.class);

  private final ConnectionRepository connections;
  private final TokenCipher cipher;
  private final Clock clock;

  public ConnectionStore(ConnectionRepository connections, TokenCipher cipher, Clock clock) {
    this.connections = connections;
    this.cipher = cipher;
    this.clock = clock;
  }

  /**
   * The stored token of a district, decrypted; empty when none is stored or when it was stored
   * under another key (the key was changed, or the database was restored from elsewhere), so that
   * the caller looks it up again instead of failing the run.
   */
  @Transactional
  public Optional<String> token(String districtId) {
    Optional<DistrictConnection> connection = connections.findByIdOptional(districtId);
    if (connection.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(cipher.decrypt(districtId, connection.get().token));
    } catch (RuntimeException e) {
      LOG.warnf(
          "the stored token of district %s cannot be decrypted with clever.token-key (was the key"
              + " changed?); looking it up again: %s",
          districtId, e.getCause() != null ? e.getCause() : e);
      return Optional.empty();
    }
  }

  /** The districts with a stored token. */
  @Transactional
  public List<String> districtIds() {
    return connections.findAll().stream().map(c -> c.districtId).sorted().toList();
  }

  /** Stores (or replaces) a district's token. */
  @Transactional
  public void save(String districtId, String token) {
    DistrictConnection connection = connections.findById(districtId);
    boolean known = connection != null;
    if (!known) {
      connection = new DistrictConnection();
      connection.districtId = districtId;
    }
    connection.token = cipher.encrypt(districtId, token);
    connection.updatedAt = Instant.now(clock);
    if (!known) {
      connections.persist(connection);
    }
  }

  /** Forgets a district that disconnected. */
  @Transactional
  public void remove(String districtId) {
    connections.deleteById(districtId);
  }

  /** Forgets every district not in {@code connected}. */
  @Transactional
  public void keepOnly(Collection<String> connected) {
    if (connected.isEmpty()) {
      connections.deleteAll();
    } else {
      connections.delete("districtId not in ?1", connected);
    }
  }
}
