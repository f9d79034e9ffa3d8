import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressGroups, suppressMostlyShown, type CandidateGroup } from "./suppress";
import { leaksFew } from "./test-brute-force";

// Checks the suppression against a brute force that shares no code with it.

const outside = (a: ReadonlySet<string>, b: ReadonlySet<string>, counts: (m: string) => boolean) =>
  [...a].filter((m) => !b.has(m) && counts(m)).length;
const few = (n: number, k: number) => n > 0 && n < k;

const scenario = fc
  .record({ size: fc.integer({ min: 1, max: 11 }), k: fc.integer({ min: 2, max: 5 }), groups: fc.integer({ min: 1, max: 6 }) })
  .chain(({ size, k, groups }) =>
    fc.record({
      k: fc.constant(k),
      members: fc.constant(Array.from({ length: size }, (_, i) => `m${i}`)),
      groups: fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), { minLength: groups, maxLength: groups }),
      shared: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    }),
  )
  .map(({ k, members, groups, shared }) => ({
    k,
    members,
    groups: groups.map((flags, i): CandidateGroup => ({ key: `g${i}`, members: new Set(members.filter((_, j) => flags[j])) })),
    shared: new Set(members.filter((_, j) => shared[j])),
  }));

describe("suppressGroups properties", () => {
  it("shows only groups of at least k, never two that differ by 1..k-1, and no sum or difference of fewer than k", () => {
    fc.assert(
      fc.property(scenario, ({ k, members, groups, shared }) => {
        const decisions = suppressGroups(groups, k, { sharedMembers: shared });
        const shown = groups.filter((_, i) => decisions[i]!.shown).map((g) => g.members);
        for (const counts of [() => true, (m: string) => !shared.has(m)]) {
          for (const a of shown) {
            expect(a.size).toBeGreaterThanOrEqual(k);
            for (const b of shown) expect(few(outside(a, b, counts), k)).toBe(false);
          }
          expect(leaksFew(shown, members.filter(counts), k)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("hides a group as complementary only when showing it as well would break the rule", () => {
    fc.assert(
      fc.property(scenario, ({ k, members, groups, shared }) => {
        const decisions = suppressGroups(groups, k, { sharedMembers: shared });
        const shown = groups.filter((_, i) => decisions[i]!.shown).map((g) => g.members);
        groups.forEach((g, i) => {
          const d = decisions[i]!;
          if (d.shown || d.reason !== "complementary") return;
          const broken = [() => true, (m: string) => !shared.has(m)].some((counts) => {
            const counted = members.filter(counts);
            return (
              shown.some((s) => few(outside(g.members, s, counts), k) || few(outside(s, g.members, counts), k)) ||
              leaksFew([...shown, g.members], counted, k)
            );
          });
          expect(broken).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("decides in runs exactly as it does one group at a time", () => {
    fc.assert(
      fc.property(scenario, ({ k, groups, shared }) => {
        expect(suppressMostlyShown(groups, k, { sharedMembers: shared })).toEqual(suppressGroups(groups, k, { sharedMembers: shared, order: "as-given" }));
      }),
      { numRuns: 300 },
    );
  });

  it("never shows both of two groups that differ by exactly one member", () => {
    const pair = fc.record({
      base: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 15 }),
      extra: fc.integer({ min: 31, max: 40 }),
      others: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 20 }), { maxLength: 4 }),
      k: fc.integer({ min: 2, max: 6 }),
    });
    fc.assert(
      fc.property(pair, ({ base, extra, others, k }) => {
        const ids = (xs: number[]) => new Set(xs.map((x) => `m${x}`));
        const groups = [
          { key: "base", members: ids(base) },
          { key: "plus-one", members: ids([...base, extra]) },
          ...others.map((o, i) => ({ key: `o${i}`, members: ids(o) })),
        ];
        const [a, b] = suppressGroups(groups, k);
        expect(a!.shown && b!.shown).toBe(false);
      }),
    );
  });
});
