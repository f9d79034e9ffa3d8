import { describe, expect, it } from "vitest";
import { aggregate, type AggregateGroup } from "./aggregate";
import { makeCountries, makeCycle, tinyNext } from "./test-cycles";

// Tiny framework: levels 1..4 (points (level - 1) / 3 x 100); a-one, a-two, a-three in alpha, b-one in beta.
const five = [
  makeCycle("AA", [1, 4, 1, 4]), // alpha (0 + 100 + 0) / 3 = 33.3, beta 100
  makeCycle("BB", [2, 4, 1, 3]), // alpha (33.3 + 100 + 0) / 3 = 44.4, beta 66.7
  makeCycle("CC", [2, 3, 1, 2]), // alpha (33.3 + 66.7 + 0) / 3 = 33.3, beta 33.3
  makeCycle("DD", [3, null, 1, 1]), // alpha (66.7 + 0) / 2 = 33.3, beta 0
  makeCycle("EE", [4, "na", 2, 1]), // alpha (100 + 33.3) / 2 = 66.7, beta 0
];

function shownGroup(group: AggregateGroup | undefined) {
  if (!group?.shown) throw new Error("expected a shown group");
  return group;
}

describe("aggregate", () => {
  it("counts levels and takes medians over the countries that assessed each capability", () => {
    const result = aggregate(five, { by: "all" });
    expect(result).toMatchObject({ frameworkVersion: "1.0", levels: [1, 2, 3, 4], snapshotYear: 2024, leftOutOtherVersion: 0 });
    const all = shownGroup(result.groups[0]);
    expect(all.countries).toBe(5);
    expect(all.capabilities).toEqual([
      { key: "a-one", number: 1, domain: "alpha", shown: true, assessed: 5, distribution: [1, 2, 1, 1], median: 2 },
      // Assessed by three only (one not assessed, one not applicable): withheld.
      { key: "a-two", number: 2, domain: "alpha", shown: false, reason: "tooFew" },
      { key: "a-three", number: 3, domain: "alpha", shown: true, assessed: 5, distribution: [4, 1, 0, 0], median: 1 },
      { key: "b-one", number: 4, domain: "beta", shown: true, assessed: 5, distribution: [2, 1, 1, 1], median: 2 },
    ]);
  });

  it("counts domain scores in bands of 20 points", () => {
    const all = shownGroup(aggregate(five, { by: "all" }).groups[0]);
    expect(all.domains).toEqual([
      { key: "alpha", number: 1, shown: true, scored: 5, distribution: [0, 3, 1, 1, 0], median: 33.3 },
      { key: "beta", number: 2, shown: true, scored: 5, distribution: [2, 1, 0, 1, 1], median: 33.3 },
    ]);
  });

  it("hides a group of 4 with its reason and nothing else, and shows a group of 5", () => {
    expect(aggregate(five.slice(0, 4), { by: "all" }).groups).toEqual([
      { key: "all", family: "all", label: null, countries: 4, shown: false, reason: "tooFew" },
    ]);
    expect(aggregate(five, { by: "all" }).groups[0]!.shown).toBe(true);
  });

  it("honours a configured minimum", () => {
    expect(aggregate(five, { by: "all", minGroupSize: 6 }).groups[0]).toMatchObject({ shown: false, reason: "tooFew" });
    expect(aggregate(five.slice(0, 3), { by: "all", minGroupSize: 3 }).groups[0]!.shown).toBe(true);
  });

  it("hides a region when all countries minus that region would be too few", () => {
    const cycles = [...makeCountries(6, [2, 2, 2, 2]), ...makeCountries(4, [4, 4, 4, 4], { region: "South" }, 6)];
    expect(aggregate(cycles, { by: "all" }).groups[0]!.shown).toBe(true);
    // North (6) is shown nowhere: all (10) minus North would be South's four countries.
    expect(aggregate(cycles, { by: "region" }).groups.map((g) => [g.label, g.countries, g.shown ? "shown" : g.reason])).toEqual([
      ["North", 6, "complementary"],
      ["South", 4, "tooFew"],
    ]);
  });

  it("shows every region when each is large enough to hide behind", () => {
    const cycles = [...makeCountries(6, [2, 2, 2, 2]), ...makeCountries(5, [4, 4, 4, 4], { region: "South" }, 6)];
    expect(aggregate(cycles, { by: "region" }).groups.every((g) => g.shown)).toBe(true);
  });

  it("groups by income group, leaving out countries without one", () => {
    const cycles = [
      ...makeCountries(6, [2, 2, 2, 2], { incomeGroup: "high" }),
      ...makeCountries(5, [3, 3, 3, 3], { incomeGroup: "low" }, 6),
      ...makeCountries(5, [1, 1, 1, 1], { incomeGroup: null }, 11),
    ];
    const groups = aggregate(cycles, { by: "incomeGroup" }).groups;
    expect(groups.map((g) => [g.label, g.countries, g.shown])).toEqual([
      ["high", 6, true],
      ["low", 5, true],
    ]);
  });

  it("protects unshared countries from viewers who see the shared ones by name", () => {
    // Six countries, five shared with the board: all minus the five shared is the sixth.
    const cycles = makeCountries(6, [2, 2, 2, 2]).map((c, i) => ({ ...c, sharedWithAdvisory: i > 0 }));
    expect(aggregate(cycles, { by: "all" }).groups[0]).toMatchObject({ shown: false, reason: "complementary" });
  });

  it("aggregates only the most common framework version and counts the cycles left out", () => {
    const cycles = [...makeCountries(5, [2, 2, 2, 2]), ...makeCountries(2, [4, 4, 4, 4], { def: tinyNext }, 5)];
    const result = aggregate(cycles, { by: "all" });
    expect(result).toMatchObject({ frameworkVersion: "1.0", leftOutOtherVersion: 2 });
    const all = shownGroup(result.groups[0]);
    expect(all.countries).toBe(5);
    expect(all.capabilities[0]).toMatchObject({ distribution: [0, 5, 0, 0] });
  });

  it("says nothing was validated yet before the first period", () => {
    expect(aggregate(five, { by: "all", upTo: "2020" })).toMatchObject({
      snapshotYear: null,
      frameworkVersion: null,
      groups: [{ key: "all", countries: 0, shown: false, reason: "tooFew" }],
    });
  });
});
