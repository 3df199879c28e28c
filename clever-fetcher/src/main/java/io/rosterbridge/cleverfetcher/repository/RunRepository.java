package io.rosterbridge.cleverfetcher.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and writes fetch runs; the lease queries live here. */
@ApplicationScoped
public class RunRepository implements PanacheRepositoryBase<FetchRun, String> {

  private static final List<RunStatus> ACTIVE = List.of(RunStatus.RUNNING, RunStatus.COMPLETING);

  /**
   * Serialises decisions about one district's runs across instances until the transaction ends (a
   * PostgreSQL transaction-level advisory lock).
   */
  public void lockDistrict(String districtId) {
    getEntityManager()
        .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
        .setParameter(1, "clever-fetcher:" + districtId)
        .getSingleResult();
  }

  /**
   * The database's clock. Leases are stamped and judged by it alone, so that instances whose own
   * clocks differ agree on when a lease expired.
   */
  public Instant now() {
    return (Instant)
        getEntityManager().createNativeQuery("select now()", Instant.class).getSingleResult();
  }

  /** The district's run holding the lease, if any. */
  public Optional<FetchRun> active(String districtId) {
    return find("districtId = ?1 and status in ?2", districtId, ACTIVE).firstResultOptional();
  }

  /** The district's waiting runs, oldest first. */
  public List<FetchRun> queued(String districtId) {
    return list(
        "districtId = ?1 and status = ?2 order by createdAt, runId", districtId, RunStatus.QUEUED);
  }

  /**
   * Renews, by the database's clock, the lease of the given runs this owner holds; returns how many
   * it still held.
   */
  public int heartbeat(String owner, Collection<String> runIds) {
    if (runIds.isEmpty()) {
      return 0;
    }
    return update(
        "heartbeatAt = ?1 where owner = ?2 and runId in ?3 and status in ?4",
        now(),
        owner,
        runIds,
        ACTIVE);
  }

  /** Those of the given runs whose lease the owner holds. */
  public List<String> heldBy(String owner, Collection<String> runIds) {
    if (runIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "select r.runId from FetchRun r where r.owner = :owner and r.runId in :ids"
                + " and r.status in :active",
            String.class)
        .setParameter("owner", owner)
        .setParameter("ids", runIds)
        .setParameter("active", ACTIVE)
        .getResultList();
  }

  /**
   * Districts with waiting runs, or with an active run not renewed for {@code ttl} by the
   * database's clock.
   */
  public List<String> districtsNeedingWork(Duration ttl) {
    Instant expiredBefore = now().minus(ttl);
    return getEntityManager()
        .createQuery(
            "select distinct r.districtId from FetchRun r where r.status = :queued"
                + " or (r.status in :active and r.heartbeatAt < :expired)",
            String.class)
        .setParameter("queued", RunStatus.QUEUED)
        .setParameter("active", ACTIVE)
        .setParameter("expired", expiredBefore)
        .getResultList();
  }

  /** The newest run of every district that has one. */
  public List<FetchRun> latestPerDistrict() {
    return list(
        "from FetchRun f where f.createdAt = (select max(r.createdAt) from FetchRun r"
            + " where r.districtId = f.districtId) order by f.districtId, f.runId desc");
  }

  /** The runs of a district, newest first. */
  public List<FetchRun> ofDistrict(String districtId, int limit) {
    return find("districtId = ?1 order by createdAt desc", districtId).page(0, limit).list();
  }
}
