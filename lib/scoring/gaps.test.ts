import { describe, expect, it } from "vitest";
import { prioritiseGaps } from "./gaps";
import { answer, makeTinyFramework, mnr } from "./test-fixtures";

describe("prioritiseGaps", () => {
  const tiny = makeTinyFramework();

  it("lists only positive gaps, larger gap first", () => {
    const gaps = prioritiseGaps(tiny, [
      answer("a-one", 2, { targetLevel: 3 }),
      answer("a-two", 1, { targetLevel: 4 }),
      answer("a-three", 3, { targetLevel: 3 }),
      answer("b-one", null, { targetLevel: 4 }),
    ]);
    expect(gaps.map((g) => [g.key, g.gap])).toEqual([
      ["a-two", 3],
      ["a-one", 1],
    ]);
    // a-one is required by a-two: 1 + 0.5 x 1.
    expect(gaps[1]).toEqual({ key: "a-one", number: 1, domain: "alpha", current: 2, target: 3, gap: 1, dependents: ["a-two"], priority: 1.5 });
  });

  it("raises a capability others require above one with a lower number on an equal gap", () => {
    const gaps = prioritiseGaps(tiny, [answer("a-two", 1, { targetLevel: 2 }), answer("b-one", 1, { targetLevel: 2 })]);
    // b-one (number 4) is required by a-three; a-two (number 2) is required by nothing.
    expect(gaps.map((g) => [g.key, g.priority])).toEqual([
      ["b-one", 1.5],
      ["a-two", 1],
    ]);
  });

  it("does not count supports links as dependents", () => {
    const [gap] = prioritiseGaps(tiny, [answer("a-one", 1, { targetLevel: 2 })]);
    expect(gap?.dependents).toEqual(["a-two"]);
  });

  it("orders the MNR by gap, then dependents, then number", () => {
    // Every capability 1 -> 3: gaps are equal, so the capabilities others require lead.
    const gaps = prioritiseGaps(mnr, mnr.capabilities.map((c) => answer(c.key, 1, { targetLevel: 3 })));
    expect(gaps.slice(0, 4).map((g) => [g.key, g.dependents, g.priority])).toEqual([
      ["legislation", ["image-databases", "csea-hotline"], 3],
      ["leadership", ["research-analysis-monitoring"], 2.5],
      ["dedicated-law-enforcement", ["image-databases"], 2.5],
      ["research-analysis-monitoring", [], 2],
    ]);
    expect(gaps).toHaveLength(21);
    expect(gaps.slice(3).map((g) => g.number)).toEqual([2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });

  it("puts a larger gap ahead of dependents", () => {
    const gaps = prioritiseGaps(mnr, [answer("legislation", 2, { targetLevel: 3 }), answer("child-helpline", 0, { targetLevel: 2 })]);
    expect(gaps.map((g) => g.key)).toEqual(["child-helpline", "legislation"]);
  });

  it("skips not-applicable capabilities and gives the same list for any answer order", () => {
    const answers = [
      answer("leadership", 0, { targetLevel: 2 }),
      answer("legislation", 0, { targetLevel: 2 }),
      answer("csea-hotline", 1, { targetLevel: 3, notApplicable: true }),
      answer("child-helpline", 2, { targetLevel: 4 }),
    ];
    const forward = prioritiseGaps(mnr, answers);
    expect(forward.map((g) => g.key)).toEqual(["legislation", "leadership", "child-helpline"]);
    expect(prioritiseGaps(mnr, [...answers].reverse())).toEqual(forward);
  });
});
