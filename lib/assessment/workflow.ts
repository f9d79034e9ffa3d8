import type { Role } from "@/lib/auth/roles";

// The review workflow as a pure state machine; the server refuses anything it refuses.
export const statuses = ["draft", "submitted", "returned", "validated"] as const;
export type Status = (typeof statuses)[number];
export type WorkflowAction = "submit" | "return" | "validate" | "reopen";

export interface TransitionContext {
  role: Role;
  userId: string;
  /** Who submitted the assessment now under review. */
  submittedBy: string | null;
  /** Every capability is assessed or marked not applicable with a reason. */
  complete: boolean;
  /** Another cycle of the same country is already in progress (blocks a reopen). */
  otherOpenCycle: boolean;
}

export type TransitionRefusal = "wrongStatus" | "wrongRole" | "incomplete" | "ownSubmission" | "otherOpenCycle";
export type TransitionResult = { ok: true; next: Status } | { ok: false; reason: TransitionRefusal };

const rules: Record<WorkflowAction, { from: Status[]; to: Status; role: Role }> = {
  submit: { from: ["draft", "returned"], to: "submitted", role: "focal_point" },
  return: { from: ["submitted"], to: "returned", role: "secretariat" },
  validate: { from: ["submitted"], to: "validated", role: "secretariat" },
  reopen: { from: ["validated"], to: "returned", role: "secretariat" },
};

export function transition(current: Status, action: WorkflowAction, ctx: TransitionContext): TransitionResult {
  const rule = rules[action];
  if (!rule.from.includes(current)) return { ok: false, reason: "wrongStatus" };
  if (ctx.role !== rule.role) return { ok: false, reason: "wrongRole" };
  if (action === "submit" && !ctx.complete) return { ok: false, reason: "incomplete" };
  // Four eyes: whoever submitted may not validate, even if they also hold the secretariat role later.
  if (action === "validate" && ctx.submittedBy === ctx.userId) return { ok: false, reason: "ownSubmission" };
  if (action === "reopen" && ctx.otherOpenCycle) return { ok: false, reason: "otherOpenCycle" };
  return { ok: true, next: rule.to };
}

/** Answers can change only while the country holds the pen. */
export function isEditable(status: Status): boolean {
  return status === "draft" || status === "returned";
}

export function availableActions(current: Status, role: Role): WorkflowAction[] {
  return (Object.keys(rules) as WorkflowAction[]).filter((a) => rules[a].from.includes(current) && rules[a].role === role);
}
