import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateOverTime } from "./aggregate";
import { leaksFew } from "./test-brute-force";
import { makeCycle, type LevelInput } from "./test-cycles";
import type { CountryCycle, GroupFamily } from "./types";

// End to end: random countries, regions, income groups, years and sharing; every figure any
// anonymous view shows (all countries, each region, each income group, each year) is checked
// together against a brute force, as a viewer would put them side by side.

const YEARS = ["2022", "2023", "2024"];
// Capabilities of the tiny framework in order, and the domain each belongs to.
const CAPABILITIES = ["a-one", "a-two", "a-three", "b-one"];
const DOMAINS = { alpha: [0, 1, 2], beta: [3] };
// Often not applicable or not assessed, so the countries behind a figure differ from its group.
const level = fc.constantFrom<LevelInput>(1, 2, 3, 4, "na", "na", null);
const country = fc.record({
  region: fc.constantFrom("North", "South", "East"),
  incomeGroup: fc.constantFrom("high", "low", null),
  years: fc.subarray(YEARS, { minLength: 1 }),
  shared: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  levels: fc.array(fc.array(level, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
});
const world = fc.record({ k: fc.integer({ min: 2, max: 4 }), countries: fc.array(country, { minLength: 2, maxLength: 7 }) });

interface CountrySpec {
  region: string;
  incomeGroup: string | null;
  years: string[];
  shared: boolean[];
  levels: LevelInput[][];
}

function cyclesOf(countries: readonly CountrySpec[], answers: "random" | "all-level-2"): CountryCycle[] {
  return countries.flatMap((c, i) =>
    c.years.map((period, y) =>
      makeCycle(`C${i}`, answers === "random" ? c.levels[y]! : [2, 2, 2, 2], { region: c.region, incomeGroup: c.incomeGroup, period, sharedWithAdvisory: c.shared[y]! }),
    ),
  );
}

/** Members that gave a level, read from the answers themselves rather than from the scores. */
function answering(cycles: CountryCycle[], members: ReadonlySet<string>, capabilities: readonly number[]): Set<string> {
  const gaveLevel = (c: CountryCycle) => capabilities.some((i) => c.answers.some((a) => a.capabilityKey === CAPABILITIES[i] && !a.notApplicable && a.level !== null));
  return new Set(cycles.filter((c) => members.has(`${c.countryIso2}@${c.period}`) && gaveLevel(c)).map((c) => `${c.countryIso2}@${c.period}`));
}

const unsharedOf = (cycles: CountryCycle[], members: readonly string[]) =>
  members.filter((m) => !cycles.some((c) => `${c.countryIso2}@${c.period}` === m && c.sharedWithAdvisory));

/** Members of every group at every year, rebuilt here without the module's code. */
function membersAt(cycles: CountryCycle[], year: string, family: GroupFamily, label: string | null): Set<string> {
  const latest = new Map<string, CountryCycle>();
  for (const c of cycles) if (c.period <= year && (latest.get(c.countryIso2)?.period ?? "") < c.period) latest.set(c.countryIso2, c);
  const inGroup = [...latest.values()].filter((c) => family === "all" || c[family] === label);
  return new Set(inGroup.map((c) => `${c.countryIso2}@${c.period}`));
}

describe("the plan behind every anonymous view", () => {
  it("never shows groups that, side by side, describe fewer than k countries", () => {
    fc.assert(
      fc.property(world, ({ k, countries }) => {
        const cycles = cyclesOf(countries, "all-level-2");
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
        for (const s of shown) expect(s.size).toBeGreaterThanOrEqual(k);
        expect(leaksFew(shown, everyone, k)).toBe(false);
        expect(leaksFew(shown, unsharedOf(cycles, everyone), k)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("never shows figures of one capability or domain whose answering countries, combined, number fewer than k", () => {
    fc.assert(
      fc.property(world, ({ k, countries }) => {
        const cycles = cyclesOf(countries, "random");
        // Per figure, the sets of countries behind each shown instance of it (group and year).
        const behind = new Map<string, Set<string>[]>();
        const add = (figure: string, set: Set<string>) => behind.set(figure, [...(behind.get(figure) ?? []), set]);
        for (const by of ["all", "region", "incomeGroup"] as const) {
          for (const result of aggregateOverTime(cycles, { by, periods: YEARS, minGroupSize: k })) {
            for (const g of result.groups) {
              if (!g.shown) continue;
              const members = membersAt(cycles, result.upTo!, by, g.label);
              for (const f of g.capabilities) {
                const set = answering(cycles, members, [CAPABILITIES.indexOf(f.key)]);
                if (!f.shown) continue;
                expect(f.assessed).toBe(set.size);
                expect(f.distribution.reduce((a, b) => a + b, 0)).toBe(set.size);
                add(`capability:${f.key}`, set);
              }
              for (const d of g.domains) {
                const set = answering(cycles, members, DOMAINS[d.key as keyof typeof DOMAINS]);
                if (!d.shown) continue;
                expect(d.scored).toBe(set.size);
                add(`domain:${d.key}`, set);
              }
            }
          }
        }
        for (const sets of behind.values()) {
          const everyone = [...new Set(sets.flatMap((s) => [...s]))];
          for (const s of sets) expect(s.size).toBeGreaterThanOrEqual(k);
          expect(leaksFew(sets, everyone, k)).toBe(false);
          expect(leaksFew(sets, unsharedOf(cycles, everyone), k)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
