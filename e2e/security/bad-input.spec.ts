import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/roles";
import { callServerAction, listServerActions, type ServerActionRef } from "../support/server-actions";

// Requests no form would send, made the way an attacker would: straight to the endpoints.
const actionNamed = (name: string): ServerActionRef => listServerActions().find((a) => a.name === name)!;

test.describe("crafted server-action bodies", () => {
  test.use({ storageState: storageStateOf("contributor") });

  test("a '$'-prefixed argument (a React reference) is a 400, never a server error", async ({ page, baseURL }) => {
    for (const name of ["addEvidenceRef", "signIn"]) {
      for (const arg of ["$Q1", "$1", "$F1", "$T", { title: "$B1" }, "$K1", "$@0", "$@1"]) {
        const res = await callServerAction(page.request, baseURL!, actionNamed(name), arg);
        expect(res.status, `${name}(${JSON.stringify(arg)}) → ${res.body.slice(0, 200)}`).toBe(400);
        expect(res.body).toContain("malformed");
      }
    }
    // A string the browser escaped ("$$" stands for one "$") is ordinary text, and still works.
    const escaped = await callServerAction(page.request, baseURL!, actionNamed("commentOnAssessment"), { assessmentId: "demo-ke-2026", capabilityKey: null, body: "$$5 budget line" });
    expect(escaped.status).toBe(200);
    expect(escaped.ok).toBe(true);
  });

  test("a null byte or another control character in a text field is a field message, not an error", async ({ page, baseURL }) => {
    const base = { assessmentId: "demo-ke-2026", capabilityKey: "legislation", url: "", issuedOn: "", issuer: "", sensitivity: "public" };
    for (const title of ["NULL BYTE\u0000PROBE", "BELL\u0007PROBE"]) {
      const res = await callServerAction(page.request, baseURL!, actionNamed("addEvidenceRef"), { ...base, title });
      expect(res.status).toBe(200);
      expect(res.code, res.body.slice(0, 300)).toBe("invalid");
      expect(res.body).toContain("This text contains a control character");
    }
    const comment = await callServerAction(page.request, baseURL!, actionNamed("commentOnAssessment"), { assessmentId: "demo-ke-2026", capabilityKey: null, body: "x\u0000y" });
    expect(comment.code).toBe("invalid");
    // Tabs and line breaks are ordinary text.
    const ok = await callServerAction(page.request, baseURL!, actionNamed("commentOnAssessment"), { assessmentId: "demo-ke-2026", capabilityKey: null, body: "line one\n\tline two\r\n" });
    expect(ok.ok).toBe(true);
  });

  test("an unknown capability is refused by every action that takes one, and nothing is added", async ({ page, baseURL, browser }) => {
    const target = { assessmentId: "demo-ke-2026", capabilityKey: "no-such-capability" };
    const calls: [string, Record<string, unknown>][] = [
      ["addEvidenceRef", { ...target, title: "UNKNOWN CAPABILITY PROBE", url: "", issuedOn: "", issuer: "", sensitivity: "public" }],
      ["addAction", { ...target, what: "UNKNOWN CAPABILITY PROBE", owner: "Someone", dueOn: "2099-01-01", status: "planned" }],
      ["commentOnAssessment", { ...target, body: "UNKNOWN CAPABILITY PROBE" }],
      ["removeEvidenceRef", { ...target, itemId: "x" }],
      ["proposeLevel", { ...target, level: 1, reasoning: "UNKNOWN CAPABILITY PROBE" }],
    ];
    for (const [name, arg] of calls) {
      const res = await callServerAction(page.request, baseURL!, actionNamed(name), arg);
      expect(res.ok, `${name} → ${res.body.slice(0, 300)}`).toBe(false);
      expect(res.code, name).toBe("notFound");
      expect(res.body, name).toContain("This capability is not part of the assessment");
    }
    // Assigning is the focal point's.
    const focal = await browser.newContext({ storageState: storageStateOf("focal_point") });
    for (const [name, arg] of [
      ["assignCapability", { ...target, assigneeId: "" }],
      ["agreeLevel", { ...target, expectedVersion: 0, level: 1, reason: "UNKNOWN CAPABILITY PROBE" }],
    ] as const) {
      const res = await callServerAction(focal.request, baseURL!, actionNamed(name), arg);
      expect(res.code, `${name} → ${res.body.slice(0, 300)}`).toBe("notFound");
      expect(res.body, name).toContain("This capability is not part of the assessment");
    }
    await focal.close();
  });
});
