package io.rosterbridge.cleverfetcher.client;

/**
 * A connected district and the bearer token of its connection.
 *
 * @param districtId the Clever district id
 * @param accessToken the district-app token
 */
public record DistrictToken(String districtId, String accessToken) {

  @Override
  public String toString() {
    return "DistrictToken[" + districtId + "]";
  }
}
