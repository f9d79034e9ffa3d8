import { describe, expect, it } from "vitest";
import { createAssessmentSchema, makeAnswerSchema } from "./assessment";

const schema = makeAnswerSchema(0, 4);
const valid = {
  assessmentId: "a1",
  capabilityKey: "legislation",
  expectedVersion: 0,
  level: 2,
  notApplicable: false,
  notApplicableReason: "",
  reasoning: "The penal code covers online grooming since 2021.",
  confidence: "medium" as const,
  targetLevel: 3,
  targetDate: "2028-06-30",
  leadAgency: "Ministry of Justice",
};
const messageOf = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("answer schema", () => {
  it("accepts a complete answer and an unassessed one", () => {
    expect(messageOf(valid)).toBeNull();
    expect(messageOf({ ...valid, level: null, targetLevel: null, confidence: null, targetDate: "" })).toBeNull();
  });
  it("refuses levels outside the scale", () => {
    expect(messageOf({ ...valid, level: 5 })).toContain("level: validation.level");
    expect(messageOf({ ...valid, level: -1 })).toEqual(["level: validation.level"]);
    expect(messageOf({ ...valid, level: 1.5 })).not.toBeNull();
  });
  it("refuses a target below the current level", () => {
    expect(messageOf({ ...valid, level: 3, targetLevel: 2 })).toEqual(["targetLevel: validation.targetBelowCurrent"]);
  });
  it("needs a reason for not applicable", () => {
    expect(messageOf({ ...valid, notApplicable: true, notApplicableReason: " " })).toEqual(["notApplicableReason: validation.notApplicableReason"]);
  });
  it("refuses unknown fields and malformed dates", () => {
    expect(messageOf({ ...valid, status: "validated" })).not.toBeNull();
    expect(messageOf({ ...valid, targetDate: "30/06/2028" })).toEqual(["targetDate: validation.date"]);
  });
});

describe("create assessment schema", () => {
  it("takes a year or a range of years as the period", () => {
    expect(createAssessmentSchema.safeParse({ title: "National review", period: "2026", useBaseline: true }).success).toBe(true);
    expect(createAssessmentSchema.safeParse({ title: "National review", period: "2025-2026", useBaseline: false }).success).toBe(true);
    expect(createAssessmentSchema.safeParse({ title: "National review", period: "last year", useBaseline: false }).success).toBe(false);
  });
});

import { evidenceRefSchema, makeActionItemSchema } from "./assessment";

describe("evidence and action items", () => {
  const ids = { assessmentId: "a1", capabilityKey: "legislation" };
  it("takes a reference with or without a link, and refuses other link schemes", () => {
    const ok = { ...ids, title: "Penal Code (Amendment) Act 2021", url: "", issuedOn: "2021-05-01", issuer: "Parliament", sensitivity: "public" };
    expect(evidenceRefSchema.safeParse(ok).success).toBe(true);
    expect(evidenceRefSchema.safeParse({ ...ok, url: "https://laws.example.org/act-2021" }).success).toBe(true);
    expect(evidenceRefSchema.safeParse({ ...ok, url: "javascript:alert(1)" }).success).toBe(false);
    expect(evidenceRefSchema.safeParse({ ...ok, sensitivity: "secret" }).success).toBe(false);
  });
  it("refuses a new action due in the past", () => {
    const schema = makeActionItemSchema("2026-11-28");
    const item = { ...ids, what: "Draft the bill", owner: "Ministry of Justice", dueOn: "2026-11-27", status: "planned" };
    expect(schema.safeParse(item).error?.issues[0]?.message).toBe("validation.dueInPast");
    expect(schema.safeParse({ ...item, dueOn: "2026-11-28" }).success).toBe(true);
  });
});
