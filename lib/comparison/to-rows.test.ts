import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate";
import { buildNamedComparison } from "./named-comparison";
import { makeCountries, makeCycle } from "./test-cycles";
import { aggregateToRows, namedComparisonToRows } from "./to-rows";

const sameColumns = (rows: Record<string, unknown>[]) => new Set(rows.map((r) => Object.keys(r).join(","))).size === 1;

describe("aggregateToRows", () => {
  const cycles = [...makeCountries(6, [2, 2, 2, 2]), ...makeCountries(2, [4, 4, 4, 4], { region: "South" }, 6)];

  it("gives one row per group and figure, all with the same columns", () => {
    const rows = aggregateToRows(aggregate(cycles, { by: "all" }));
    expect(rows).toHaveLength(4 + 2);
    expect(sameColumns(rows)).toBe(true);
    expect(rows[0]).toMatchObject({ group: "all", figure: "capability", key: "a-one", shown: true, counted: 8, median: 2, level1: 0, level2: 6, level3: 0, level4: 2, band0to20: null });
    expect(rows[4]).toMatchObject({ figure: "domain", key: "alpha", counted: 8, band20to40: 6, band80to100: 2, level1: null });
  });

  it("gives a hidden group a single row with its reason and no figure", () => {
    const rows = aggregateToRows(aggregate(cycles, { by: "region" }));
    const south = rows.filter((r) => r.group === "region:South");
    expect(south).toEqual([expect.objectContaining({ figure: null, shown: false, reason: "tooFew", countries: 2, level2: null, median: null })]);
    expect(sameColumns(rows)).toBe(true);
  });
});

describe("namedComparisonToRows", () => {
  it("gives one row per country and capability", () => {
    const cycles = [makeCycle("EC", [1, 2, 3, 4], { sharedWithAdvisory: true, countryName: "Ecuador" }), makeCycle("FJ", [2, 2, 2, 2], { sharedWithAdvisory: true, countryName: "Fiji" })];
    const rows = namedComparisonToRows(buildNamedComparison(cycles, ["EC", "FJ"]));
    expect(rows).toHaveLength(8);
    expect(sameColumns(rows)).toBe(true);
    expect(rows[3]).toMatchObject({ countryName: "Ecuador", capability: "b-one", domain: "beta", domainScore: 100, level: 4, evidenceStrength: "moderate" });
  });
});
