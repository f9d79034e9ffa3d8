import { describe, expect, it } from "vitest";
import { visibleSensitivities } from "./sensitivity";

describe("visibleSensitivities", () => {
  it("keeps restricted evidence with the country and the secretariat", () => {
    expect(visibleSensitivities({ kind: "country", countryIso2: "KE" })).toContain("restricted");
    expect(visibleSensitivities({ kind: "platform" })).toContain("restricted");
    expect(visibleSensitivities({ kind: "shared", audience: "advisory" })).toEqual(["public", "internal"]);
    expect(visibleSensitivities({ kind: "shared", audience: "ngo" })).toEqual(["public"]);
    expect(visibleSensitivities({ kind: "public" })).toEqual(["public"]);
  });
});
