import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { roles } from "@/lib/auth/roles";
import { availableActions, isEditable, statuses, transition, type Status, type TransitionContext, type WorkflowAction } from "./workflow";

const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  role: "focal_point",
  userId: "u1",
  submittedBy: "u1",
  complete: true,
  otherOpenCycle: false,
  ...over,
});

// The full table of allowed moves: [from, action, role] → to. Everything else is refused.
const allowed: [Status, WorkflowAction, Role, Status][] = [
  ["draft", "submit", "focal_point", "submitted"],
  ["returned", "submit", "focal_point", "submitted"],
  ["submitted", "return", "secretariat", "returned"],
  ["submitted", "validate", "secretariat", "validated"],
  ["validated", "reopen", "secretariat", "returned"],
];

describe("assessment workflow", () => {
  it("allows exactly the moves in the table, for exactly those roles", () => {
    for (const from of statuses) {
      for (const action of ["submit", "return", "validate", "reopen"] as WorkflowAction[]) {
        for (const role of roles) {
          const expected = allowed.find(([f, a, r]) => f === from && a === action && r === role);
          const result = transition(from, action, ctx({ role, userId: "reviewer", submittedBy: "submitter" }));
          expect(result, `${from} --${action}/${role}`).toEqual(expected ? { ok: true, next: expected[3] } : { ok: false, reason: expect.any(String) });
        }
      }
    }
  });

  it("refuses to submit an incomplete assessment", () => {
    expect(transition("draft", "submit", ctx({ complete: false }))).toEqual({ ok: false, reason: "incomplete" });
  });

  it("never lets the submitter validate", () => {
    expect(transition("submitted", "validate", ctx({ role: "secretariat", userId: "s", submittedBy: "s" }))).toEqual({
      ok: false,
      reason: "ownSubmission",
    });
  });

  it("refuses a reopen while another cycle of the country is in progress", () => {
    expect(transition("validated", "reopen", ctx({ role: "secretariat", otherOpenCycle: true }))).toEqual({ ok: false, reason: "otherOpenCycle" });
  });

  it("names the wrong status before the wrong role", () => {
    expect(transition("validated", "submit", ctx({ role: "ngo" }))).toEqual({ ok: false, reason: "wrongStatus" });
  });

  it("keeps answers editable only in draft and returned", () => {
    expect(statuses.filter(isEditable)).toEqual(["draft", "returned"]);
  });

  it("lists the actions a role has on a status", () => {
    expect(availableActions("submitted", "secretariat")).toEqual(["return", "validate"]);
    expect(availableActions("submitted", "focal_point")).toEqual([]);
  });
});
