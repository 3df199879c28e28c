package io.rosterbridge.rosterwriter.rest;

import io.quarkus.security.Authenticated;
import io.rosterbridge.rosterwriter.entity.District;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import io.rosterbridge.rosterwriter.rest.Views.DistrictSettings;
import io.rosterbridge.rosterwriter.rest.Views.DistrictView;
import io.rosterbridge.rosterwriter.rest.Views.RunSummary;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Districts, their settings (seats, guard thresholds) and their run history. */
@Path("/districts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DistrictResource {

  private final Access access;

  public DistrictResource(Access access) {
    this.access = access;
  }

  /** Every district for operators; their own for a district admin. */
  @GET
  public List<DistrictView> list() {
    access.requireAny();
    List<District> districts =
        access.isOperator()
            ? District.<District>listAll()
            : District.<District>list("id", access.ownDistrict());
    return districts.stream()
        .map(DistrictView::of)
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
  }

  @GET
  @Path("/{districtId}")
  public DistrictView get(@PathParam("districtId") String districtId) {
    access.requireDistrict(districtId);
    return DistrictView.of(find(districtId));
  }

  /**
   * Changes seats and thresholds; values left null stay as they are. 400 names every invalid value
   * (and nothing changes); each change is audited.
   */
  @PUT
  @Path("/{districtId}/settings")
  @Transactional
  public DistrictView update(
      @PathParam("districtId") String districtId, DistrictSettings settings) {
    access.requireDistrict(districtId);
    District district = find(districtId);
    SettingsChange.apply(district, settings, access.actor());
    return DistrictView.of(district);
  }

  /** The district's runs, newest first. */
  @GET
  @Path("/{districtId}/runs")
  public List<RunSummary> runs(@PathParam("districtId") String districtId) {
    access.requireDistrict(districtId);
    return RosterRun.<RosterRun>list("districtId = ?1 order by startedAt desc", districtId).stream()
        .map(RunSummary::of)
        .toList();
  }

  private static District find(String districtId) {
    District district = District.findById(districtId);
    if (district == null) {
      throw new NotFoundException("no district " + districtId);
    }
    return district;
  }
}
