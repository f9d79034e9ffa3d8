import { describe, expect, it } from "vitest";
import { aggregate, aggregateOverTime, type AggregateResult } from "./aggregate";
import { countriesLikeMine } from "./countries-like-mine";
import { crossCountryPatterns } from "./cross-country-patterns";
import { makeCountries, makeCycle, type LevelInput } from "./test-cycles";

// A capability's figure counts only the countries that gave it a level. Two groups far enough
// apart as groups can then be one country apart on a capability the others left without one.

type Figure = { shown: true; distribution: number[] } | { shown: false; reason: string };

function capabilityOf(result: AggregateResult, label: string | null, key: string): Figure {
  const group = result.groups.find((g) => g.label === label);
  if (!group?.shown) throw new Error(`group ${label} is not shown`);
  return group.capabilities.find((c) => c.key === key)!;
}

function domainOf(result: AggregateResult, label: string | null, key: string): Figure {
  const group = result.groups.find((g) => g.label === label);
  if (!group?.shown) throw new Error(`group ${label} is not shown`);
  return group.domains.find((d) => d.key === key)!;
}

/** What subtracting the smaller figure from the larger tells, when both are shown. */
function difference(a: Figure, b: Figure): number[] | null {
  if (!a.shown || !b.shown) return null;
  return a.distribution.map((n, i) => n - b.distribution[i]!);
}

/**
 * North: five countries that all answered. South: five, of which only ZZ gave a-one a level;
 * the other four used `gap` for it. All countries (10) and North (5) differ by the five of
 * South, enough as groups; on a-one they differ by ZZ alone.
 */
function world(gap: LevelInput) {
  return [
    ...makeCountries(5, [2, 2, 2, 2]),
    ...makeCountries(4, [gap, 2, 2, 2], { region: "South" }, 5),
    makeCycle("ZZ", [4, 2, 2, 2], { region: "South" }),
  ];
}

describe("figures over the countries that answered", () => {
  for (const [gap, name] of [["na", "not applicable"], [null, "not assessed"]] as const) {
    it(`never lets two shown figures differ by one country that alone gave a level (others ${name})`, () => {
      const cycles = world(gap);
      const all = capabilityOf(aggregate(cycles, { by: "all" }), null, "a-one");
      const north = capabilityOf(aggregate(cycles, { by: "region" }), "North", "a-one");
      // Before the fix both were shown and all minus North was ZZ's level: [0, 0, 0, 1].
      expect(difference(all, north)).toBeNull();
      // The larger figure is kept; the other says why it is hidden.
      expect(all.shown).toBe(true);
      expect(north).toEqual(expect.objectContaining({ shown: false, reason: "complementary" }));
      // Capabilities everyone answered are unaffected.
      expect(capabilityOf(aggregate(cycles, { by: "region" }), "North", "a-two").shown).toBe(true);
    });
  }

  it("treats a domain score the same way when the others have none for that domain", () => {
    // The four have b-one, beta's only capability, not applicable: no beta score.
    const cycles = [
      ...makeCountries(5, [2, 2, 2, 2]),
      ...makeCountries(4, [2, 2, 2, "na"], { region: "South" }, 5),
      makeCycle("ZZ", [2, 2, 2, 4], { region: "South" }),
    ];
    const all = domainOf(aggregate(cycles, { by: "all" }), null, "beta");
    const north = domainOf(aggregate(cycles, { by: "region" }), "North", "beta");
    expect(difference(all, north)).toBeNull();
    expect(north).toEqual(expect.objectContaining({ shown: false, reason: "complementary" }));
  });

  it("checks figures across years: a year that added five countries, one of which answered", () => {
    const cycles = [
      ...makeCountries(5, [2, 2, 2, 2], { period: "2023" }),
      ...makeCountries(4, ["na", 2, 2, 2], { period: "2024" }, 5),
      makeCycle("ZZ", [4, 2, 2, 2], { period: "2024" }),
    ];
    const [y2023, y2024] = aggregateOverTime(cycles, { by: "all", periods: ["2023", "2024"] });
    expect(difference(capabilityOf(y2024!, null, "a-one"), capabilityOf(y2023!, null, "a-one"))).toBeNull();
  });

  it("counts only unshared answers for viewers who see shared cycles by name", () => {
    // South: four shared countries that answered a-one, four unshared with it not applicable,
    // and ZZ. On a-one, all minus North is five countries, but the board knows four of them.
    const cycles = [
      ...makeCountries(5, [2, 2, 2, 2]),
      ...makeCountries(4, [1, 2, 2, 2], { region: "South", sharedWithAdvisory: true }, 5),
      ...makeCountries(4, ["na", 2, 2, 2], { region: "South" }, 9),
      makeCycle("ZZ", [4, 2, 2, 2], { region: "South" }),
    ];
    const all = capabilityOf(aggregate(cycles, { by: "all" }), null, "a-one");
    const north = capabilityOf(aggregate(cycles, { by: "region" }), "North", "a-one");
    expect(difference(all, north)).toBeNull();
  });

  it("gives the same decision in every view: countries like mine and the lagging list", () => {
    const cycles = world("na");
    const mine = countriesLikeMine(cycles, "AA")!;
    expect(mine.capabilities[0]!.region).toEqual(expect.objectContaining({ shown: false, reason: "complementary" }));
    const patterns = crossCountryPatterns(cycles);
    if (!patterns.laggingWidely.shown) throw new Error("expected the all-countries group");
    // The all-countries a-one figure is the one kept, with six answers.
    expect(patterns.laggingWidely.capabilities.find((c) => c.key === "a-one")).toMatchObject({ assessed: 6 });
  });
});
