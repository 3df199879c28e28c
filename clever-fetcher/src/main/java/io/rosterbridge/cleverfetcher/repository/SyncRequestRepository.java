package io.rosterbridge.cleverfetcher.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.cleverfetcher.entity.SyncRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes received sync commands. */
@ApplicationScoped
public class SyncRequestRepository implements PanacheRepositoryBase<SyncRequest, String> {

  /** The commands received for a district, oldest first. */
  public List<SyncRequest> forDistrict(String districtId) {
    return list("districtId = ?1 order by receivedAt", districtId);
  }
}
