import { describe, expect, it } from "vitest";
import { classifyEvidence, scoreEvidence, summariseEvidence } from "./evidence";
import { scoreAssessment } from "./score";
import { answer, mnr } from "./test-fixtures";

describe("evidence strength", () => {
  it("follows confidence when something is attached", () => {
    expect(scoreEvidence({ confidence: "low", evidenceCount: 2 })).toBeCloseTo(1 / 3);
    expect(scoreEvidence({ confidence: "medium", evidenceCount: 1 })).toBeCloseTo(2 / 3);
    expect(scoreEvidence({ confidence: "high", evidenceCount: 1 })).toBe(1);
    expect(scoreEvidence({ confidence: null, evidenceCount: 5 })).toBe(0);
  });

  it("caps an answer with nothing attached at one third, whatever the confidence", () => {
    expect(scoreEvidence({ confidence: "high", evidenceCount: 0 })).toBeCloseTo(1 / 3);
    expect(scoreEvidence({ confidence: "low", evidenceCount: 0 })).toBeCloseTo(1 / 3);
    expect(scoreEvidence({ confidence: null, evidenceCount: 0 })).toBe(0);
  });

  it("bands values at 0.4 and 0.7", () => {
    expect(classifyEvidence(0)).toBe("none");
    expect(classifyEvidence(0.001)).toBe("weak");
    expect(classifyEvidence(0.399)).toBe("weak");
    expect(classifyEvidence(0.4)).toBe("moderate");
    expect(classifyEvidence(0.699)).toBe("moderate");
    expect(classifyEvidence(0.7)).toBe("strong");
    expect(classifyEvidence(1)).toBe("strong");
  });

  it("summarises to none when nothing is assessed, and rounds to 3 decimals", () => {
    expect(summariseEvidence([])).toEqual({ value: 0, strength: "none" });
    expect(summariseEvidence([1 / 3, 1 / 3])).toEqual({ value: 0.333, strength: "weak" });
    expect(summariseEvidence([2 / 3, 2 / 3])).toEqual({ value: 0.667, strength: "moderate" });
    expect(summariseEvidence([1, 2 / 3])).toEqual({ value: 0.833, strength: "strong" });
  });

  it("averages over assessed capabilities only, in each domain and overall", () => {
    const s = scoreAssessment(mnr, [
      answer("leadership", 3, { confidence: "high", evidenceCount: 2 }),
      answer("legislation", 2, { confidence: "high", evidenceCount: 0 }),
      // Unassessed and not-applicable answers carry no evidence weight, whatever they say.
      answer("research-analysis-monitoring", null, { confidence: "high" }),
      answer("child-helpline", null, { notApplicable: true, confidence: "high" }),
    ]);
    const policy = s.domains.find((d) => d.key === "policy-governance")!.score;
    // (1 + 1/3) / 2 = 0.667
    expect(policy.evidence).toEqual({ value: 0.667, strength: "moderate" });
    expect(s.overall.evidence).toEqual({ value: 0.667, strength: "moderate" });
    expect(s.domains.find((d) => d.key === "victim")!.score.evidence).toEqual({ value: 0, strength: "none" });
  });
});
