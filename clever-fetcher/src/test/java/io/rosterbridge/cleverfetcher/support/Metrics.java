package io.rosterbridge.cleverfetcher.support;

import static io.restassured.RestAssured.given;

/** Reads a value from the Prometheus endpoint. */
public final class Metrics {

  private Metrics() {}

  /** The value of the sample whose line starts with {@code series} (name and labels), or 0. */
  public static double value(String series) {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return text.lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .findFirst()
        .orElse(0);
  }
}
