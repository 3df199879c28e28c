package io.rosterbridge.rosterwriter.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.rosterbridge.rosterwriter.config.WriterConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling the read API: an operator (every district) or a district admin (their own district
 * only). Anyone else, or another district, is refused with 403, before anything is looked up: a
 * district admin cannot tell another district's run or account ids from ids that do not exist.
 */
@RequestScoped
public class Access {

  private final SecurityIdentity identity;
  private final JsonWebToken token;
  private final WriterConfig.Api api;

  public Access(SecurityIdentity identity, JsonWebToken token, WriterConfig config) {
    this.identity = identity;
    this.token = token;
    this.api = config.api();
  }

  /** True for operators. */
  public boolean isOperator() {
    return identity.hasRole(api.operatorRole());
  }

  /** Refuses callers who are neither operators nor district admins. */
  public void requireAny() {
    if (!isOperator() && ownDistrict() == null) {
      throw new ForbiddenException("operators and district admins only");
    }
  }

  /** Refuses callers who may not see or change this district. */
  public void requireDistrict(String districtId) {
    if (!isOperator() && (districtId == null || !districtId.equals(ownDistrict()))) {
      throw new ForbiddenException("not allowed for district " + districtId);
    }
  }

  /**
   * Refuses callers who may not see a record (a run, an account) of this district. A record that
   * does not exist ({@code districtId} null) is refused alike to everyone but operators, with the
   * same message, so its absence tells nothing.
   */
  public void requireRecord(String kind, String id, String districtId) {
    requireAny();
    if (!isOperator() && (districtId == null || !districtId.equals(ownDistrict()))) {
      throw new ForbiddenException(kind + " " + id + " is not in your district");
    }
  }

  /** Refuses callers who are not operators. */
  public void requireOperator() {
    if (!isOperator()) {
      throw new ForbiddenException("operators only");
    }
  }

  /** The district of a district admin, or null. */
  public String ownDistrict() {
    if (!identity.hasRole(api.districtAdminRole())) {
      return null;
    }
    Object claim = token.getClaim(api.districtClaim());
    return claim == null ? null : claim.toString().replace("\"", "");
  }

  /** Who the caller is, for the audit log. */
  public String actor() {
    return token.getName() == null ? "unknown" : token.getName();
  }
}
