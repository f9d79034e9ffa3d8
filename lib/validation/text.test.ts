import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as assessment from "./assessment";
import * as audit from "./audit";
import * as auth from "./auth";
import { hasForbiddenCharacters } from "./text";

// PostgreSQL cannot store U+0000 in text, so a null byte used to reach the database and come back
// as "something went wrong". Every text field of every schema refuses it, with a field message.

const password = "correct horse battery staple";
const ids = { assessmentId: "a1", capabilityKey: "legislation" };
const samples: [string, z.ZodType, Record<string, unknown>][] = [
  ["createAssessment", assessment.createAssessmentSchema, { title: "Cycle 2026", period: "2025-2026", useBaseline: false }],
  [
    "answer",
    assessment.makeAnswerSchema(0, 4),
    { ...ids, expectedVersion: 0, level: 1, notApplicable: false, notApplicableReason: "n/a", reasoning: "Because.", confidence: null, targetLevel: null, targetDate: "", leadAgency: "Ministry" },
  ],
  ["workflow", assessment.workflowSchema, { assessmentId: "a1", action: "submit", comment: "Ready." }],
  ["comment", assessment.commentSchema, { ...ids, parentId: "c1", body: "A comment." }],
  ["resolveComment", assessment.resolveCommentSchema, { assessmentId: "a1", commentId: "c1", resolved: true }],
  ["evidenceRef", assessment.evidenceRefSchema, { ...ids, title: "Penal code", url: "https://example.org/law", issuedOn: "", issuer: "Parliament", sensitivity: "public" }],
  ["actionItem", assessment.makeActionItemSchema("2026-01-01"), { ...ids, what: "Draft a bill", owner: "Ministry", dueOn: "2027-01-01", status: "planned" }],
  ["removeItem", assessment.removeItemSchema, { ...ids, itemId: "i1" }],
  ["assign", assessment.assignSchema, { ...ids, assigneeId: "u1" }],
  ["uploadMeta", assessment.uploadMetaSchema, { capabilityKey: "legislation", sensitivity: "public" }],
  ["enablers", assessment.enablerAnswersSchema, { assessmentId: "a1", answers: [{ enablerKey: "e1", rating: "strong", notes: "Notes." }] }],
  ["proposal", assessment.proposalSchema, { ...ids, level: 2, reasoning: "Because." }],
  ["agree", assessment.agreeSchema, { ...ids, expectedVersion: 0, level: 2, reason: "Agreed." }],
  ["signIn", auth.signInSchema, { email: "a@example.org", password, next: "/workspace" }],
  ["twoFactorCode", auth.twoFactorCodeSchema, { code: "123456" }],
  ["acceptInvitation", auth.acceptInvitationSchema, { token: "t".repeat(43), name: "Ana", password, confirmPassword: password }],
  ["changePassword", auth.changePasswordSchema, { currentPassword: password, newPassword: `${password}!`, confirmPassword: `${password}!` }],
  ["inviteUser", auth.inviteUserSchema, { email: "a@example.org", role: "secretariat" }],
  ["changeRole", auth.changeRoleSchema, { userId: "u1", role: "secretariat" }],
  ["setUserActive", auth.setUserActiveSchema, { userId: "u1", active: true }],
  ["revokeInvitation", auth.revokeInvitationSchema, { invitationId: "i1" }],
  ["enableTwoFactor", auth.enableTwoFactorSchema, { password }],
  ["auditFilter", audit.auditFilterSchema, { action: "user.", actor: "a@example.org", address: "192.0.2.1", from: "2026-01-01", to: "2026-01-02" }],
];

// Fields whose value is one of a fixed list: refused anyway, with the list's own message.
const choices = new Set(["role", "action", "sensitivity", "status", "rating"]);

function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function withValue(sample: Record<string, unknown>, path: (string | number)[], value: string): Record<string, unknown> {
  const copy = structuredClone(sample);
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

describe("text fields", () => {
  it.each(samples)("%s: the sample is valid", (_name, schema, sample) => {
    expect(schema.safeParse(sample).error?.issues).toBeUndefined();
  });

  it.each(samples)("%s: a null byte or another control character in any text field is a field message", (_name, schema, sample) => {
    for (const path of stringPaths(sample)) {
      if (choices.has(String(path.at(-1)))) continue;
      const original = stringPaths(sample).length && (path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], sample) as string);
      for (const bad of [`${original}\u0000`, `\u0007${original}`, `${original}\u001b[31m`]) {
        const result = schema.safeParse(withValue(sample, path, bad));
        const messages = result.error?.issues.filter((i) => i.path.join(".") === path.join(".")).map((i) => i.message);
        expect(messages, `${path.join(".")} = ${JSON.stringify(bad)}`).toContain("validation.controlCharacter");
      }
    }
  });

  it("keeps tabs, line breaks and every printable script", () => {
    for (const ok of ["line one\nline two", "a\tb", "windows\r\nline", "مرحبا بالعالم", "Ça va, señor?", "emoji 👍🏽", "Zeichen ½ € ‰"]) {
      expect(hasForbiddenCharacters(ok), JSON.stringify(ok)).toBe(false);
    }
  });

  it("refuses C0 controls, DEL and lone surrogates (which cannot be stored as UTF-8)", () => {
    for (const bad of ["\u0000", "a\u0001", "\u0008", "\u000b", "\u000c", "\u000e", "\u001f", "\u007f", "\ud800", "x\udc00y"]) {
      expect(hasForbiddenCharacters(bad), JSON.stringify(bad)).toBe(true);
    }
  });
});

describe("assessment period", () => {
  const parse = (period: string) => assessment.createAssessmentSchema.safeParse({ title: "Cycle", period, useBaseline: false });
  it("accepts a year and a forward range", () => {
    expect(parse("2026").success).toBe(true);
    expect(parse("2025-2026").success).toBe(true);
    expect(parse("2026-2026").success).toBe(true);
  });
  it("refuses a reversed range with a field message", () => {
    expect(parse("2027-2026").error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["period: validation.periodOrder"]);
  });
});
