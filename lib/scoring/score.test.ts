import { describe, expect, it } from "vitest";
import { validateFramework } from "@/lib/framework/validate";
import { SCORING_METHOD, scoreAssessment } from "./score";
import { answer, makeTinyFramework, mnr } from "./test-fixtures";

const domainValue = (s: ReturnType<typeof scoreAssessment>, key: string) => s.domains.find((d) => d.key === key)?.score;

describe("scoreAssessment on MNR 2022.1", () => {
  it("gives no value and zero completeness when nothing is assessed", () => {
    const s = scoreAssessment(mnr, []);
    expect(s.frameworkVersion).toBe("2022.1");
    expect(s.method).toBe(SCORING_METHOD);
    expect(s.overall).toEqual({
      value: null,
      assessed: 0,
      notApplicable: 0,
      total: 21,
      completeness: 0,
      evidence: { value: 0, strength: "none" },
    });
    expect(s.domains.map((d) => d.score.value)).toEqual([null, null, null, null, null, null]);
    expect(s.capabilities.every((c) => c.current === null && c.gap === null)).toBe(true);
  });

  it("puts every capability at level 2 of 0..4 on 50", () => {
    const s = scoreAssessment(mnr, mnr.capabilities.map((c) => answer(c.key, 2)));
    expect(s.overall.value).toBe(50);
    expect(s.overall.completeness).toBe(1);
    expect(s.domains.every((d) => d.score.value === 50)).toBe(true);
    expect(s.capabilities.every((c) => c.value === 50)).toBe(true);
  });

  it("scores only the one domain that was answered", () => {
    const s = scoreAssessment(mnr, [answer("leadership", 4), answer("research-analysis-monitoring", 1), answer("legislation", 1)]);
    // (100 + 25 + 25) / 3 = 50; the five empty domains have no value and do not pull it down.
    expect(domainValue(s, "policy-governance")?.value).toBe(50);
    expect(s.overall.value).toBe(50);
    expect(s.overall.completeness).toBeCloseTo(3 / 21);
    expect(s.domains.filter((d) => d.score.value === null)).toHaveLength(5);
  });

  it("leaves not applicable out of the average and of completeness", () => {
    const s = scoreAssessment(mnr, [
      answer("takedown-procedures", 4),
      answer("csea-reporting", null, { notApplicable: true }),
      // A level left behind on a not-applicable answer is ignored.
      answer("innovative-solutions", 0, { notApplicable: true, targetLevel: 3 }),
    ]);
    const industry = domainValue(s, "industry")!;
    expect(industry).toMatchObject({ value: 100, assessed: 1, notApplicable: 2, total: 4, completeness: 0.5 });
    const skipped = s.capabilities.find((c) => c.key === "innovative-solutions")!;
    expect(skipped).toMatchObject({ current: null, target: null, gap: null, notApplicable: true, evidence: 0 });
  });

  it("counts a domain with every capability not applicable as complete, without a value", () => {
    const s = scoreAssessment(mnr, [
      answer("ethical-media-reporting", null, { notApplicable: true }),
      answer("universal-terminology", null, { notApplicable: true }),
    ]);
    expect(domainValue(s, "media-communications")).toMatchObject({ value: null, completeness: 1, notApplicable: 2 });
  });

  it("matches the worked example in the README", () => {
    // Points on 0..4: level x 25.
    // Policy and Governance: 3, 2, 4           -> 75, 50, 100        -> mean 75
    // Criminal Justice: 1, 2, n/a, unassessed  -> 25, 50             -> mean 37.5, completeness 2/3
    // Victim: 0 and three unanswered           -> 0                  -> mean 0, completeness 1/4
    // Societal: nothing                        -> no value (left out of the overall)
    // Industry: 2, 2, 2, 2                     -> 50
    // Media and Communications: 4, 3           -> 100, 75            -> mean 87.5
    // Overall = (75 + 37.5 + 0 + 50 + 87.5) / 5 = 250 / 5 = 50.
    // A plain mean over the 12 assessed capabilities would give 675 / 12 = 56.25 instead.
    const s = scoreAssessment(mnr, [
      answer("leadership", 3),
      answer("research-analysis-monitoring", 2),
      answer("legislation", 4),
      answer("dedicated-law-enforcement", 1),
      answer("judiciary-prosecutors", 2),
      answer("offender-management", null, { notApplicable: true }),
      answer("image-databases", null),
      answer("end-to-end-support", 0),
      ...["takedown-procedures", "csea-reporting", "innovative-solutions", "corporate-social-responsibility"].map((k) => answer(k, 2)),
      answer("ethical-media-reporting", 4),
      answer("universal-terminology", 3),
    ]);
    expect(s.domains.map((d) => d.score.value)).toEqual([75, 37.5, 0, null, 50, 87.5]);
    expect(domainValue(s, "criminal-justice")?.completeness).toBeCloseTo(2 / 3);
    expect(domainValue(s, "victim")?.completeness).toBe(0.25);
    expect(s.overall).toMatchObject({ value: 50, assessed: 12, notApplicable: 1, total: 21, completeness: 12 / 20 });
  });

  it("ignores answers for unknown keys and refuses two answers for one capability", () => {
    const s = scoreAssessment(mnr, [answer("leadership", 4), answer("not-a-capability", 0)]);
    expect(s.overall.value).toBe(100);
    expect(() => scoreAssessment(mnr, [answer("leadership", 4), answer("leadership", 1)])).toThrow(/leadership/);
  });
});

describe("scoreAssessment on a framework whose scale runs 1..4", () => {
  const tiny = makeTinyFramework();

  it("is itself a valid framework definition", () => {
    expect(validateFramework(tiny).ok).toBe(true);
  });

  it("maps the lowest level to 0 and the highest to 100, rounding to one decimal", () => {
    const s = scoreAssessment(tiny, [answer("a-one", 1), answer("a-two", 2), answer("a-three", 3), answer("b-one", 4)]);
    expect(s.capabilities.map((c) => c.value)).toEqual([0, 33.3, 66.7, 100]);
    // alpha: (0 + 33.33 + 66.67) / 3 = 33.33; beta: 100; overall (33.33 + 100) / 2 = 66.67.
    expect(s.domains.map((d) => d.score.value)).toEqual([33.3, 100]);
    expect(s.overall.value).toBe(66.7);
  });

  it("clamps levels outside the scale and treats non-numbers as unassessed", () => {
    const s = scoreAssessment(tiny, [answer("a-one", 9), answer("a-two", -3), answer("b-one", Number.NaN)]);
    expect(s.capabilities.map((c) => c.current)).toEqual([4, 1, null, null]);
  });

  it("never reports a negative gap", () => {
    const s = scoreAssessment(tiny, [
      answer("a-one", 3, { targetLevel: 2 }),
      answer("a-two", 2, { targetLevel: 4 }),
      answer("a-three", null, { targetLevel: 4 }),
    ]);
    expect(s.capabilities.map((c) => c.gap)).toEqual([0, 2, null, null]);
  });
});
