import { describe, expect, it } from "vitest";
import { isSameAnswer } from "./same-answer";

const form = { level: 2, notApplicable: false, notApplicableReason: "", reasoning: "A law since 2024.", confidence: "high", targetLevel: 3, targetDate: "", leadAgency: " Ministry " };
const stored = { ...form, notApplicableReason: null, targetDate: null, leadAgency: "Ministry" };

describe("isSameAnswer", () => {
  it("recognises the user's own input as the server stored it", () => {
    expect(isSameAnswer(form, stored)).toBe(true);
  });
  it("sees a real difference in any field", () => {
    expect(isSameAnswer(form, { ...stored, level: 3 })).toBe(false);
    expect(isSameAnswer(form, { ...stored, reasoning: "Someone else's words." })).toBe(false);
    expect(isSameAnswer(form, { ...stored, targetDate: "2029-01-01" })).toBe(false);
  });
  it("ignores a level left behind on a not-applicable answer", () => {
    expect(isSameAnswer({ ...form, notApplicable: true, notApplicableReason: "No hotline law", level: 2 }, { ...stored, notApplicable: true, notApplicableReason: "No hotline law", level: null })).toBe(true);
  });
});
