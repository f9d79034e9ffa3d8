import { describe, expect, it } from "vitest";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { compareCycles, isComparable } from "./compare";
import { scoreAssessment } from "./score";
import { answer, makeTinyFramework } from "./test-fixtures";
import type { VersionMapping } from "./types";

const tiny = makeTinyFramework();
// Version 2.0 renames a-one to a-first and merges a-two and a-three into a-rest.
const tinyV2: FrameworkDefinition = {
  ...tiny,
  version: "2.0",
  capabilities: [
    { ...tiny.capabilities[0]!, key: "a-first", prerequisites: [] },
    { ...tiny.capabilities[1]!, key: "a-rest", prerequisites: [] },
    { ...tiny.capabilities[3]!, number: 3 },
  ],
};
const mapping: VersionMapping = { from: "1.0", to: "2.0", capabilities: { "a-one": "a-first", "a-two": "a-rest", "a-three": "a-rest", "b-one": "b-one" } };

const before = scoreAssessment(tiny, [answer("a-one", 1), answer("a-two", 2), answer("a-three", 3), answer("b-one", 2)]);
const after = scoreAssessment(tiny, [answer("a-one", 2), answer("a-two", 2), answer("a-three", null), answer("b-one", 4)]);

describe("isComparable", () => {
  it("accepts the same version, and different versions only with a declared mapping either way", () => {
    expect(isComparable("2022.1", "2022.1")).toBe(true);
    expect(isComparable("1.0", "2.0")).toBe(false);
    expect(isComparable("1.0", "2.0", [mapping])).toBe(true);
    expect(isComparable("2.0", "1.0", [mapping])).toBe(true);
    expect(isComparable("1.0", "3.0", [mapping])).toBe(false);
  });
});

describe("compareCycles", () => {
  it("reports no previous cycle without deltas", () => {
    const c = compareCycles(after, null);
    expect(c).toMatchObject({ comparable: false, reason: "no-previous", overall: null });
    expect(c.capabilities.every((d) => d.delta === null)).toBe(true);
  });

  it("subtracts scores and levels within one version", () => {
    // Before: alpha (0 + 33.3 + 66.7) / 3 = 33.3, beta 33.3, overall 33.3.
    // After: alpha (33.3 + 33.3) / 2 = 33.3, beta 100, overall 66.7.
    const c = compareCycles(after, before);
    expect(c).toMatchObject({ comparable: true, reason: "same-version", sameMethod: true, overall: 33.4 });
    expect(c.domains).toEqual([
      { key: "alpha", delta: 0 },
      { key: "beta", delta: 66.7 },
    ]);
    expect(c.capabilities).toEqual([
      { key: "a-one", delta: 1 },
      { key: "a-two", delta: 0 },
      { key: "a-three", delta: null },
      { key: "b-one", delta: 2 },
    ]);
  });

  it("refuses different versions without a mapping, or with one for other versions", () => {
    const v2 = scoreAssessment(tinyV2, [answer("a-first", 3)]);
    expect(compareCycles(v2, before)).toMatchObject({ comparable: false, reason: "different-version", overall: null });
    const unrelated = { ...mapping, from: "0.9" };
    expect(compareCycles(v2, before, unrelated).reason).toBe("different-version");
  });

  it("uses a declared mapping for capability deltas, leaving merged capabilities without one", () => {
    const v2 = scoreAssessment(tinyV2, [answer("a-first", 3), answer("a-rest", 3), answer("b-one", 3)]);
    const c = compareCycles(v2, before, mapping);
    expect(c).toMatchObject({ comparable: true, reason: "mapped" });
    expect(c.capabilities).toEqual([
      { key: "a-first", delta: 2 },
      { key: "a-rest", delta: null },
      { key: "b-one", delta: 1 },
    ]);
    expect(c.overall).not.toBeNull();
  });

  it("reads a mapping backwards when comparing the older version against the newer", () => {
    const v2 = scoreAssessment(tinyV2, [answer("a-first", 3), answer("a-rest", 3), answer("b-one", 3)]);
    const c = compareCycles(before, v2, mapping);
    expect(c.reason).toBe("mapped");
    // a-two and a-three each had a-rest (level 3) as their one counterpart.
    expect(c.capabilities.map((d) => d.delta)).toEqual([-2, -1, 0, -1]);
  });

  it("keeps level deltas but drops point deltas when the scoring methods differ", () => {
    const c = compareCycles(after, { ...before, method: "other-method" });
    expect(c).toMatchObject({ comparable: true, sameMethod: false, overall: null });
    expect(c.domains.every((d) => d.delta === null)).toBe(true);
    expect(c.capabilities[0]).toEqual({ key: "a-one", delta: 1 });
  });
});
