import { z } from "zod";
import { recordId, text } from "./text";

// Shared by the assessment forms and their server actions; messages are catalogue keys.

export const createAssessmentSchema = z.strictObject({
  title: text().trim().min(3, "validation.titleRequired").max(200, "validation.titleTooLong"),
  period: text()
    .trim()
    .regex(/^\d{4}(-\d{4})?$/, "validation.period")
    .refine((v) => {
      const [from, to] = v.split("-");
      return to === undefined || Number(to) >= Number(from);
    }, "validation.periodOrder"),
  useBaseline: z.boolean(),
});

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date");

/** The answer form for one capability. Level bounds come from the framework's scale. */
export function makeAnswerSchema(minLevel: number, maxLevel: number) {
  const level = z.number("validation.level").int().min(minLevel, "validation.level").max(maxLevel, "validation.level");
  return z
    .strictObject({
      assessmentId: recordId(),
      capabilityKey: text().regex(/^[a-z0-9-]{1,80}$/),
      expectedVersion: z.number().int().min(0),
      level: level.nullable(),
      notApplicable: z.boolean(),
      notApplicableReason: text().trim().max(2000, "validation.textTooLong"),
      reasoning: text().max(10_000, "validation.textTooLong"),
      confidence: z.enum(["low", "medium", "high"], "validation.confidence").nullable(),
      targetLevel: level.nullable(),
      targetDate: isoDate.or(z.literal("")),
      leadAgency: text().trim().max(200, "validation.textTooLong"),
    })
    .refine((v) => !v.notApplicable || v.notApplicableReason.length > 0, {
      path: ["notApplicableReason"],
      message: "validation.notApplicableReason",
    })
    .refine((v) => v.targetLevel === null || v.level === null || v.targetLevel >= v.level, {
      path: ["targetLevel"],
      message: "validation.targetBelowCurrent",
    });
}

export type AnswerInput = z.infer<ReturnType<typeof makeAnswerSchema>>;

export const workflowSchema = z.strictObject({
  assessmentId: recordId(),
  action: z.enum(["submit", "return", "validate", "reopen"]),
  comment: text().trim().max(5000, "validation.textTooLong"),
});

export const shareSchema = z.strictObject({
  assessmentId: recordId(),
  audience: z.enum(["advisory", "ngo", "public"]),
  shared: z.boolean(),
});

export const commentSchema = z.strictObject({
  assessmentId: recordId(),
  capabilityKey: text().regex(/^[a-z0-9-]{1,80}$/).nullable(),
  parentId: recordId().nullable().optional(),
  body: text().trim().min(1, "validation.commentRequired").max(5000, "validation.textTooLong"),
});

export const resolveCommentSchema = z.strictObject({
  assessmentId: recordId(),
  commentId: recordId(),
  resolved: z.boolean(),
});

const target = {
  assessmentId: recordId(),
  capabilityKey: text().regex(/^[a-z0-9-]{1,80}$/),
};

export const sensitivities = ["public", "internal", "restricted"] as const;

export const evidenceRefSchema = z.strictObject({
  ...target,
  title: text().trim().min(1, "validation.evidenceTitle").max(300, "validation.textTooLong"),
  url: text()
    .trim()
    .max(2000, "validation.textTooLong")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "validation.url"),
  issuedOn: isoDate.or(z.literal("")),
  issuer: text().trim().max(200, "validation.textTooLong"),
  sensitivity: z.enum(sensitivities, "validation.sensitivity"),
});

export const actionStatuses = ["planned", "in_progress", "done", "dropped"] as const;

/** `today` is passed in (not read here) so the rule is testable: a new action cannot be due in the past. */
export function makeActionItemSchema(today: string) {
  return z.strictObject({
    ...target,
    what: text().trim().min(1, "validation.actionWhat").max(1000, "validation.textTooLong"),
    owner: text().trim().min(1, "validation.actionOwner").max(200, "validation.textTooLong"),
    dueOn: isoDate.refine((d) => d >= today, "validation.dueInPast"),
    status: z.enum(actionStatuses),
  });
}

export const removeItemSchema = z.strictObject({ ...target, itemId: recordId() });

export const assignSchema = z.strictObject({ ...target, assigneeId: text().max(100) });

export const uploadMetaSchema = z.strictObject({
  capabilityKey: text().regex(/^[a-z0-9-]{1,80}$/),
  sensitivity: z.enum(sensitivities, "validation.sensitivity"),
});

export const enablerRatings = ["absent", "partial", "strong"] as const;

export const enablerAnswersSchema = z.strictObject({
  assessmentId: recordId(),
  answers: z
    .array(
      z.strictObject({
        enablerKey: text().regex(/^[a-z0-9-]{1,80}$/),
        rating: z.enum(enablerRatings).nullable(),
        notes: text().max(5000, "validation.textTooLong"),
      }),
    )
    .max(50),
});

// Level bounds are checked again against the stored framework's scale in the action.
export const proposalSchema = z.strictObject({
  ...target,
  level: z.number("validation.level").int().min(0, "validation.level").max(20, "validation.level"),
  reasoning: text().trim().min(1, "validation.proposalReasoning").max(5000, "validation.textTooLong"),
});

export const agreeSchema = z.strictObject({
  ...target,
  expectedVersion: z.number().int().min(0),
  level: z.number("validation.level").int().min(0, "validation.level").max(20, "validation.level"),
  reason: text().trim().min(1, "validation.agreeReason").max(5000, "validation.textTooLong"),
});
