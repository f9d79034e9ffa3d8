import { describe, expect, it } from "vitest";
import raw from "@/lib/framework/definitions/mnr-2022.json";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { copyBaseline } from "./baseline";
import { isAnswered, progressOf, type AnswerState } from "./progress";
import { dependencyWarnings } from "./warnings";

const def = raw as FrameworkDefinition;
const answer = (capabilityKey: string, over: Partial<AnswerState> = {}): AnswerState => ({
  capabilityKey,
  level: 2,
  notApplicable: false,
  notApplicableReason: null,
  carriedOver: false,
  ...over,
});

describe("progress", () => {
  it("counts a level, or not applicable with a reason; not a carried-over or bare N/A answer", () => {
    expect(isAnswered(answer("a"))).toBe(true);
    expect(isAnswered(answer("a", { level: null }))).toBe(false);
    expect(isAnswered(answer("a", { carriedOver: true }))).toBe(false);
    expect(isAnswered(answer("a", { level: null, notApplicable: true, notApplicableReason: "  " }))).toBe(false);
    expect(isAnswered(answer("a", { level: null, notApplicable: true, notApplicableReason: "No industry here" }))).toBe(true);
  });

  it("reports progress per domain and what is missing", () => {
    const p = progressOf(def, [answer("leadership"), answer("legislation"), answer("child-helpline")]);
    expect(p.done).toBe(3);
    expect(p.total).toBe(21);
    expect(p.complete).toBe(false);
    expect(p.domains[0]).toEqual({ domainKey: "policy-governance", done: 2, total: 3 });
    expect(p.missing).toContain("research-analysis-monitoring");
    expect(progressOf(def, def.capabilities.map((c) => answer(c.key))).complete).toBe(true);
  });
});

describe("dependency warnings", () => {
  it("warns when a capability sits two levels above one it requires", () => {
    const levels = new Map<string, number | null>([["image-databases", 3], ["legislation", 1], ["dedicated-law-enforcement", 2]]);
    expect(dependencyWarnings(def, levels)).toEqual([
      { capabilityKey: "image-databases", prerequisiteKey: "legislation", level: 3, prerequisiteLevel: 1 },
    ]);
  });

  it("says nothing when the prerequisite is not assessed yet, or for supporting links", () => {
    expect(dependencyWarnings(def, new Map([["image-databases", 4]]))).toEqual([]);
    expect(dependencyWarnings(def, new Map([["legislation", 4], ["universal-terminology", 0]]))).toEqual([]);
  });
});

describe("baseline copying", () => {
  const prev = [
    { capabilityKey: "leadership", level: 3, notApplicable: false, notApplicableReason: null, reasoning: "Council meets", confidence: "high", targetLevel: 4, targetDate: "2027-01-01", leadAgency: "Ministry" },
    { capabilityKey: "retired-capability", level: 2, notApplicable: false, notApplicableReason: null, reasoning: "", confidence: null, targetLevel: null, targetDate: null, leadAgency: "" },
  ];
  it("copies answers, marks them carried over, and drops capabilities the new version lacks", () => {
    const copied = copyBaseline(prev, ["leadership", "legislation"], 4);
    expect(copied).toEqual([{ ...prev[0], carriedOver: true }]);
  });
  it("drops levels the new scale does not have", () => {
    expect(copyBaseline(prev, ["leadership"], 2)[0]).toMatchObject({ level: null, targetLevel: null, carriedOver: true });
  });
});
