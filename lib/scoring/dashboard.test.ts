import { describe, expect, it } from "vitest";
import { buildDashboard, orderCycles, type CycleInput } from "./dashboard";
import { answer, makeTinyFramework } from "./test-fixtures";

const tiny = makeTinyFramework();
const older = { ...tiny, version: "0.9" };
const levels = (a1: number | null, a2: number | null, a3: number | null, b1: number | null) =>
  [answer("a-one", a1), answer("a-two", a2), answer("a-three", a3), answer("b-one", b1)];

// The tiny scale runs 1..4, so a level is worth (level - 1) / 3 x 100 points.
const cycles: CycleInput[] = [
  { id: "c2023", period: "2023", status: "draft", def: tiny, answers: [answer("a-one", 4), answer("a-two", 3, { targetLevel: 4 }), answer("a-three", null), answer("b-one", 4)] },
  { id: "c2021", period: "2021", status: "validated", def: tiny, answers: levels(2, 2, 2, 4) },
  { id: "c2020", period: "2020", status: "returned", def: tiny, answers: levels(4, 4, 4, 4) },
  { id: "c2019", period: "2019", status: "validated", def: tiny, answers: levels(1, 1, 1, 1) },
  { id: "c2018", period: "2018", status: "validated", def: older, answers: levels(2, 2, 2, 2) },
];

describe("buildDashboard", () => {
  const d = buildDashboard("c2023", cycles);

  it("scores the cycle shown, and what reaching every target would give", () => {
    // alpha: a-one 100, a-two 66.7, a-three not assessed -> 83.3; beta 100; overall (83.3 + 100) / 2.
    expect(d.current.domains.map((x) => x.score.value)).toEqual([83.3, 100]);
    expect(d.current.overall.value).toBe(91.7);
    // a-two's target 4 lifts alpha to 100; capabilities without a target stay where they are.
    expect(d.target.domains.map((x) => x.score.value)).toEqual([100, 100]);
  });

  it("compares with the latest validated cycle before it, never a returned one", () => {
    expect(d.previous?.id).toBe("c2021");
    // 2021: alpha 33.3, beta 100 -> 66.7 overall; 91.7 - 66.7.
    expect(d.comparison).toMatchObject({ comparable: true, overall: 25 });
  });

  it("draws the trend over validated cycles and the one shown, marking another framework version", () => {
    expect(d.trend.map((p) => [p.period, p.overall, p.comparable])).toEqual([
      ["2018", 33.3, false],
      ["2019", 0, true],
      ["2021", 66.7, true],
      ["2023", 91.7, true],
    ]);
    expect(d.trend[3]!.domains).toEqual({ alpha: 83.3, beta: 100 });
    expect(d.trend[3]!.completeness).toBe(0.75);
  });

  it("lists the gaps of the cycle shown", () => {
    expect(d.gaps.map((g) => [g.key, g.gap])).toEqual([["a-two", 1]]);
  });

  it("has no previous cycle for the first one, and refuses an unknown id", () => {
    expect(buildDashboard("c2018", cycles).previous).toBeNull();
    expect(buildDashboard("c2018", cycles).comparison.reason).toBe("no-previous");
    expect(() => buildDashboard("nope", cycles)).toThrow(/nope/);
  });

  it("does not depend on the order cycles arrive in", () => {
    expect(buildDashboard("c2023", [...cycles].reverse())).toEqual(d);
    expect(orderCycles([{ id: "b", period: "2020" }, { id: "a", period: "2020" }]).map((c) => c.id)).toEqual(["a", "b"]);
  });
});
