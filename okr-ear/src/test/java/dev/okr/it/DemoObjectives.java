package dev.okr.it;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds the demo company's published objectives and key results by their codes. */
public final class DemoObjectives {

  private DemoObjectives() {
  }

  /** The published 2026-Q4 objective of the unit with this code, read as the given user. */
  public static JsonNode published(OkrClient client, String unit, String code) {
    for (JsonNode o : client.get("/okr/api/objectives?cycle=2026-Q4&ownerUnit=" + unit
        + "&status=PUBLISHED&size=500").json()) {
      if (code.equals(o.get("code").asText())) {
        return o;
      }
    }
    throw new AssertionError("demo objective " + code + " is missing");
  }

  /** The key result with this code of an objective as read. */
  public static JsonNode keyResult(JsonNode objective, String code) {
    for (JsonNode kr : objective.get("keyResults")) {
      if (code.equals(kr.get("code").asText())) {
        return kr;
      }
    }
    throw new AssertionError("key result " + code + " is missing");
  }
}
