import { describe, expect, it } from "vitest";
import data from "@/db/seed/data/countries.json";
import { countryListSchema } from "./schema";

describe("country reference data", () => {
  const countries = countryListSchema.parse(data);

  it("lists the 193 UN member states and the 2 observer states", () => {
    expect(countries.filter((c) => c.unStatus === "member")).toHaveLength(193);
    expect(countries.filter((c) => c.unStatus === "observer").map((c) => c.iso3).sort()).toEqual(["PSE", "VAT"]);
  });

  it("has unique codes", () => {
    for (const field of ["iso2", "iso3", "m49"] as const) {
      expect(new Set(countries.map((c) => c[field])).size).toBe(countries.length);
    }
  });

  it("uses the five M49 regions", () => {
    expect(new Set(countries.map((c) => c.region))).toEqual(new Set(["Africa", "Americas", "Asia", "Europe", "Oceania"]));
  });
});
