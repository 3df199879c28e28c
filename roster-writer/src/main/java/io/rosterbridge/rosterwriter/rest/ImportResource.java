package io.rosterbridge.rosterwriter.rest;

import io.quarkus.security.Authenticated;
import io.rosterbridge.rosterwriter.messaging.OutboxRelay;
import io.rosterbridge.rosterwriter.service.csv.AdminImport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Imports district and school admins (MANUAL) and pre-existing accounts (LEGACY) from a CSV file
 * (UTF-8; columns username, role, school_id, first_name, last_name); all or nothing. The accounts
 * are on {@code roster.accounts} when it answers, so a sync started next matches them.
 */
@Path("/districts/{districtId}/imports/admins")
@Authenticated
public class ImportResource {

  private final Access access;
  private final AdminImport imports;
  private final OutboxRelay relay;

  public ImportResource(Access access, AdminImport imports, OutboxRelay relay) {
    this.access = access;
    this.imports = imports;
    this.relay = relay;
  }

  /** 200 with what was created and updated, or 422 with every row error (nothing written). */
  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  public AdminImport.Summary importAdmins(@PathParam("districtId") String districtId, byte[] csv) {
    access.requireDistrict(districtId);
    AdminImport.Summary summary = imports.importCsv(districtId, csv, access.actor());
    relay.relayAccountsNow();
    return summary;
  }
}
