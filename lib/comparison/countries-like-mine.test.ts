import { describe, expect, it } from "vitest";
import { countriesLikeMine } from "./countries-like-mine";
import { makeCountries, makeCycle, tinyNext } from "./test-cycles";

// North: six high-income countries (AA..AF); South: five low-income ones (AG..AK).
const north = makeCountries(6, [2, 2, 2, 2], { incomeGroup: "high" });
const south = makeCountries(5, [4, 4, 4, 4], { region: "South", incomeGroup: "low" }, 6);

describe("countriesLikeMine", () => {
  it("sets the country's level beside its region's and income group's spread", () => {
    const mine = countriesLikeMine([...north, ...south], "AA")!;
    expect(mine).toMatchObject({
      countryIso2: "AA",
      comparable: true,
      region: { label: "North", countries: 6, shown: true },
      incomeGroup: { label: "high", countries: 6, shown: true },
    });
    // The country itself is one of the six counted.
    expect(mine.capabilities[0]).toMatchObject({
      key: "a-one",
      level: 2,
      region: { shown: true, assessed: 6, distribution: [0, 6, 0, 0], median: 2 },
      incomeGroup: { shown: true, assessed: 6 },
    });
    expect(mine.domains[0]).toMatchObject({ key: "alpha", score: 33.3, region: { shown: true, scored: 6 } });
  });

  it("hides a group too small to hide in, and one that would give it away by difference", () => {
    const island = makeCountries(2, [1, 1, 1, 1], { region: "Island", incomeGroup: "high" }, 11);
    const cycles = [...north, ...south, ...island];
    const mine = countriesLikeMine(cycles, "AL")!;
    expect(mine.region).toEqual({ label: "Island", countries: 2, shown: false, reason: "tooFew" });
    expect(mine.incomeGroup).toEqual({ label: "high", countries: 8, shown: true });
    expect(mine.capabilities[0]!.region).toEqual({ key: "a-one", number: 1, domain: "alpha", shown: false, reason: "tooFew" });
    // High income (8) minus North (6) would be the island pair, so North is withheld.
    expect(countriesLikeMine(cycles, "AA")!.region).toMatchObject({ label: "North", shown: false, reason: "complementary" });
  });

  it("never names another country", () => {
    const text = JSON.stringify(countriesLikeMine([...north, ...south], "AA"));
    for (const other of [...north.slice(1), ...south]) {
      expect(text).not.toContain(other.countryIso2);
      expect(text).not.toContain(other.countryName);
    }
  });

  it("says when the country's framework version cannot be compared with the groups'", () => {
    const mine = countriesLikeMine([...north.slice(1), ...south, makeCycle("AA", [2, 2, 2, 2], { def: tinyNext })], "AA")!;
    expect(mine.comparable).toBe(false);
    expect(mine.region).toEqual({ label: "North", countries: 5, shown: false, reason: "notComparable" });
    expect(mine.capabilities[0]!.region).toBeNull();
  });

  it("has no income comparison for a country without an income group", () => {
    const cycles = [...north.slice(1), makeCycle("AA", [2, 2, 2, 2], { incomeGroup: null }), ...south];
    expect(countriesLikeMine(cycles, "AA")!.incomeGroup).toBeNull();
  });

  it("returns null for a country with nothing validated by then", () => {
    expect(countriesLikeMine([...north, ...south], "ZZ")).toBeNull();
    expect(countriesLikeMine([...north, ...south], "AA", { upTo: "2023" })).toBeNull();
  });
});
