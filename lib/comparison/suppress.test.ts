import { describe, expect, it } from "vitest";
import { suppressGroups, type CandidateGroup } from "./suppress";

/** Members m<from>..m<to - 1>. */
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `m${from + i}`);
const group = (key: string, ...parts: string[][]): CandidateGroup => ({ key, members: new Set(parts.flat()) });
const verdicts = (groups: CandidateGroup[], k = 5, shared?: string[]) =>
  Object.fromEntries(
    suppressGroups(groups, k, { sharedMembers: shared && new Set(shared) }).map((d) => [d.key, d.shown ? "shown" : d.reason]),
  );

describe("suppressGroups", () => {
  it("hides a group of 4 as too few and shows a group of 5", () => {
    expect(verdicts([group("four", range(0, 4)), group("five", range(10, 15))])).toEqual({ four: "tooFew", five: "shown" });
  });

  it("never shows two groups that differ by exactly one country, keeping the larger", () => {
    expect(verdicts([group("without", range(0, 9)), group("with", range(0, 10))])).toEqual({ with: "shown", without: "complementary" });
  });

  it("treats each side of a partial overlap like a difference", () => {
    // a and b share 8 members; a has 2 of its own, b has 10 of its own.
    expect(verdicts([group("a", range(0, 10)), group("b", range(2, 20))])).toEqual({ b: "shown", a: "complementary" });
    expect(verdicts([group("a", range(0, 13)), group("b", range(8, 20))])).toEqual({ a: "shown", b: "shown" });
  });

  it("stops 'all countries' minus the other regions from revealing a one-country region", () => {
    const groups = [
      group("all", range(0, 20)),
      group("north", range(0, 10)),
      group("south", range(10, 19)),
      group("island", range(19, 20)),
    ];
    // Each pair alone looks harmless (south differs from all by 11); all - north - south does not.
    expect(verdicts(groups)).toEqual({ all: "shown", north: "shown", south: "complementary", island: "tooFew" });
  });

  it("catches a country isolated only by a sum over several regions and income groups", () => {
    // Cells of 5 countries: regions r1, r2 hold income groups i1, i2; regions r3, r4 hold i3, i4.
    // One country x is in r3 but in income group i1: (r3 + r4) - (i3 + i4) is x alone.
    const cell = (n: number) => range(n * 5, n * 5 + 5);
    const x = ["x"];
    const groups = [
      group("r1", cell(0), cell(1)),
      group("r2", cell(2), cell(3)),
      group("r3", cell(4), cell(5), x),
      group("r4", cell(6), cell(7)),
      group("i1", cell(0), cell(2), x),
      group("i2", cell(1), cell(3)),
      group("i3", cell(4), cell(6)),
      group("i4", cell(5), cell(7)),
    ];
    // Hiding one group is not enough: with every income group and three regions shown, the
    // fourth region is their difference. So one more region goes.
    expect(verdicts(groups)).toEqual({
      r3: "shown",
      i1: "shown",
      i2: "shown",
      i3: "shown",
      i4: "shown",
      r1: "shown",
      r2: "complementary",
      r4: "complementary",
    });
  });

  it("still shows a region whose every region-by-income cell is small", () => {
    // r1 has 2, 2, 3 and 3 countries in i1..i4; r2 and r3 have 5 in each. Every sum or
    // difference touching r1's small cells covers all ten of them, so nothing needs hiding.
    let next = 0;
    const take = (n: number) => range(next, (next += n));
    const cells = [2, 2, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5].map(take);
    const regions = [0, 1, 2].map((r) => group(`r${r + 1}`, ...cells.slice(r * 4, r * 4 + 4)));
    const incomes = [0, 1, 2, 3].map((i) => group(`i${i + 1}`, cells[i]!, cells[i + 4]!, cells[i + 8]!));
    const all = group("all", ...cells);
    expect(Object.values(verdicts([all, ...regions, ...incomes])).every((v) => v === "shown")).toBe(true);
  });

  it("counts only unshared members against viewers who see shared cycles by name", () => {
    const ten = range(0, 10);
    expect(verdicts([group("g", ten)], 5, ten.slice(0, 8))).toEqual({ g: "complementary" });
    expect(verdicts([group("g", ten)], 5, ten.slice(0, 5))).toEqual({ g: "shown" });
    // Everyone shared: the viewers who see names learn nothing new, the others see 10 countries.
    expect(verdicts([group("g", ten)], 5, ten)).toEqual({ g: "shown" });
  });

  it("does not depend on the order of the input", () => {
    const groups = [group("a", range(0, 12)), group("b", range(0, 11)), group("c", range(5, 17)), group("d", range(20, 26))];
    expect(verdicts([...groups].reverse())).toEqual(verdicts(groups));
  });

  it("follows the caller's priority with order 'as-given'", () => {
    const groups = [group("small", range(0, 9)), group("large", range(0, 10))];
    const decisions = suppressGroups(groups, 5, { order: "as-given" });
    expect(decisions.map((d) => d.shown)).toEqual([true, false]);
  });

  it("refuses a minimum below 2, which would switch the protection off", () => {
    expect(() => suppressGroups([], 1)).toThrow(RangeError);
    expect(() => suppressGroups([], 2.5)).toThrow(RangeError);
  });
});
