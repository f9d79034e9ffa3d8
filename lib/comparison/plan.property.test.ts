import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateOverTime } from "./aggregate";
import { leaksFew } from "./test-brute-force";
import { makeCycle } from "./test-cycles";
import type { CountryCycle, GroupFamily } from "./types";

// End to end: random countries, regions, income groups, years and sharing; every figure any
// anonymous view shows (all countries, each region, each income group, each year) is checked
// together against a brute force, as a viewer would put them side by side.

const YEARS = ["2022", "2023", "2024"];
const country = fc.record({
  region: fc.constantFrom("North", "South", "East"),
  incomeGroup: fc.constantFrom("high", "low", null),
  years: fc.subarray(YEARS, { minLength: 1 }),
  shared: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
});
const world = fc.record({ k: fc.integer({ min: 2, max: 4 }), countries: fc.array(country, { minLength: 2, maxLength: 6 }) });

interface CountrySpec {
  region: string;
  incomeGroup: string | null;
  years: string[];
  shared: boolean[];
}

function cyclesOf(countries: readonly CountrySpec[]): CountryCycle[] {
  return countries.flatMap((c, i) =>
    c.years.map((period, y) => makeCycle(`C${i}`, [2, 2, 2, 2], { region: c.region, incomeGroup: c.incomeGroup, period, sharedWithAdvisory: c.shared[y]! })),
  );
}

/** Members of every group at every year, rebuilt here without the module's code. */
function membersAt(cycles: CountryCycle[], year: string, family: GroupFamily, label: string | null): Set<string> {
  const latest = new Map<string, CountryCycle>();
  for (const c of cycles) if (c.period <= year && (latest.get(c.countryIso2)?.period ?? "") < c.period) latest.set(c.countryIso2, c);
  const inGroup = [...latest.values()].filter((c) => family === "all" || c[family] === label);
  return new Set(inGroup.map((c) => `${c.countryIso2}@${c.period}`));
}

describe("the plan behind every anonymous view", () => {
  it("never shows figures that, side by side, describe fewer than k countries", () => {
    fc.assert(
      fc.property(world, ({ k, countries }) => {
        const cycles = cyclesOf(countries);
        const shown: Set<string>[] = [];
        for (const by of ["all", "region", "incomeGroup"] as const) {
          for (const result of aggregateOverTime(cycles, { by, periods: YEARS, minGroupSize: k })) {
            for (const g of result.groups) {
              const members = membersAt(cycles, result.upTo!, by, g.label);
              expect(members.size).toBe(g.countries);
              if (g.shown) shown.push(members);
            }
          }
        }
        const everyone = [...new Set(shown.flatMap((s) => [...s]))];
        const unshared = everyone.filter((m) => !cycles.some((c) => `${c.countryIso2}@${c.period}` === m && c.sharedWithAdvisory));
        for (const s of shown) expect(s.size).toBeGreaterThanOrEqual(k);
        expect(leaksFew(shown, everyone, k)).toBe(false);
        expect(leaksFew(shown, unshared, k)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
