package io.rosterbridge.usermatcher.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of a district's known accounts, looked up by account id, linked Clever user
 * id and username key.
 */
public final class IdentityIndex {

  /** When legacy data links one Clever id twice, the active account, then the smallest id, wins. */
  private static final Comparator<KnownAccount> PREFERRED =
      Comparator.comparing((KnownAccount a) -> !a.isActive())
          .thenComparing(KnownAccount::accountId);

  private final String districtId;
  private final Map<String, KnownAccount> byId;
  private final Map<String, KnownAccount> byCleverUserId;
  private final Map<UsernameKey, List<KnownAccount>> byKey;

  private IdentityIndex(String districtId, Map<String, KnownAccount> byId) {
    this.districtId = Objects.requireNonNull(districtId, "districtId");
    this.byId = byId;
    this.byCleverUserId =
        byId.values().stream()
            .filter(KnownAccount::isLinked)
            .collect(
                Collectors.toMap(
                    KnownAccount::cleverUserId,
                    Function.identity(),
                    (a, b) -> PREFERRED.compare(a, b) <= 0 ? a : b,
                    HashMap::new));
    this.byKey =
        byId.values().stream()
            .filter(a -> a.key() != null)
            .collect(Collectors.groupingBy(KnownAccount::key, HashMap::new, Collectors.toList()));
  }

  /** The index of a district's accounts; account ids must be unique. */
  public static IdentityIndex of(String districtId, Collection<KnownAccount> accounts) {
    Map<String, KnownAccount> byId = new TreeMap<>();
    for (KnownAccount account : accounts) {
      if (byId.putIfAbsent(account.accountId(), account) != null) {
        throw new IllegalArgumentException("Account " + account.accountId() + " appears twice");
      }
    }
    return new IdentityIndex(districtId, byId);
  }

  /** An empty index: a district with no accounts yet. */
  public static IdentityIndex empty(String districtId) {
    return of(districtId, List.of());
  }

  /** The district the index covers. */
  public String districtId() {
    return districtId;
  }

  /** Every account, ordered by account id. */
  public List<KnownAccount> accounts() {
    return List.copyOf(byId.values());
  }

  /** The account with this id, or null. */
  public KnownAccount account(String accountId) {
    return byId.get(accountId);
  }

  /** The account the Clever user is linked to, active or not, or null when it is not linked. */
  public KnownAccount linkedTo(String cleverUserId) {
    return byCleverUserId.get(cleverUserId);
  }

  /**
   * The accounts a username key points at: the active ones holding it, or, when none is active, the
   * soft-deleted ones. Ordered by account id.
   */
  public List<KnownAccount> holders(UsernameKey key) {
    List<KnownAccount> all = byKey.getOrDefault(key, List.of());
    List<KnownAccount> active = all.stream().filter(KnownAccount::isActive).toList();
    List<KnownAccount> chosen = active.isEmpty() ? all : active;
    return chosen.stream().sorted(Comparator.comparing(KnownAccount::accountId)).toList();
  }

  /** The index after recording a run's updates: each named account linked, named and active. */
  public IdentityIndex apply(Collection<IndexUpdate> updates) {
    Map<String, KnownAccount> next = new TreeMap<>(byId);
    for (IndexUpdate update : updates) {
      next.put(update.accountId(), update.applyTo(byId.get(update.accountId())));
    }
    return new IdentityIndex(districtId, next);
  }

  /** A copy with accounts replaced or added (e.g. status changes read from the writer). */
  public IdentityIndex with(Collection<KnownAccount> accounts) {
    Map<String, KnownAccount> next = new TreeMap<>(byId);
    accounts.forEach(a -> next.put(a.accountId(), a));
    return new IdentityIndex(districtId, next);
  }

  /** Number of accounts. */
  public int size() {
    return byId.size();
  }

  @Override
  public String toString() {
    return "IdentityIndex[" + districtId + ", " + new ArrayList<>(byId.values()) + "]";
  }
}
