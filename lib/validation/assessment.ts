import { z } from "zod";

// Shared by the assessment forms and their server actions; messages are catalogue keys.

export const createAssessmentSchema = z.strictObject({
  title: z.string().trim().min(3, "validation.titleRequired").max(200, "validation.titleTooLong"),
  period: z.string().trim().regex(/^\d{4}(-\d{4})?$/, "validation.period"),
  useBaseline: z.boolean(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date");

/** The answer form for one capability. Level bounds come from the framework's scale. */
export function makeAnswerSchema(minLevel: number, maxLevel: number) {
  const level = z.number("validation.level").int().min(minLevel, "validation.level").max(maxLevel, "validation.level");
  return z
    .strictObject({
      assessmentId: z.string().min(1).max(100),
      capabilityKey: z.string().regex(/^[a-z0-9-]{1,80}$/),
      expectedVersion: z.number().int().min(0),
      level: level.nullable(),
      notApplicable: z.boolean(),
      notApplicableReason: z.string().trim().max(2000, "validation.textTooLong"),
      reasoning: z.string().max(10_000, "validation.textTooLong"),
      confidence: z.enum(["low", "medium", "high"], "validation.confidence").nullable(),
      targetLevel: level.nullable(),
      targetDate: isoDate.or(z.literal("")),
      leadAgency: z.string().trim().max(200, "validation.textTooLong"),
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
  assessmentId: z.string().min(1).max(100),
  action: z.enum(["submit", "return", "validate", "reopen"]),
  comment: z.string().trim().max(5000, "validation.textTooLong"),
});

export const shareSchema = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  audience: z.enum(["advisory", "ngo", "public"]),
  shared: z.boolean(),
});

export const commentSchema = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  capabilityKey: z.string().regex(/^[a-z0-9-]{1,80}$/).nullable(),
  parentId: z.string().min(1).max(100).nullable().optional(),
  body: z.string().trim().min(1, "validation.commentRequired").max(5000, "validation.textTooLong"),
});

export const resolveCommentSchema = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  commentId: z.string().min(1).max(100),
  resolved: z.boolean(),
});

const target = {
  assessmentId: z.string().min(1).max(100),
  capabilityKey: z.string().regex(/^[a-z0-9-]{1,80}$/),
};

export const sensitivities = ["public", "internal", "restricted"] as const;

export const evidenceRefSchema = z.strictObject({
  ...target,
  title: z.string().trim().min(1, "validation.evidenceTitle").max(300, "validation.textTooLong"),
  url: z
    .string()
    .trim()
    .max(2000, "validation.textTooLong")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "validation.url"),
  issuedOn: isoDate.or(z.literal("")),
  issuer: z.string().trim().max(200, "validation.textTooLong"),
  sensitivity: z.enum(sensitivities, "validation.sensitivity"),
});

export const actionStatuses = ["planned", "in_progress", "done", "dropped"] as const;

/** `today` is passed in (not read here) so the rule is testable: a new action cannot be due in the past. */
export function makeActionItemSchema(today: string) {
  return z.strictObject({
    ...target,
    what: z.string().trim().min(1, "validation.actionWhat").max(1000, "validation.textTooLong"),
    owner: z.string().trim().min(1, "validation.actionOwner").max(200, "validation.textTooLong"),
    dueOn: isoDate.refine((d) => d >= today, "validation.dueInPast"),
    status: z.enum(actionStatuses),
  });
}

export const removeItemSchema = z.strictObject({ ...target, itemId: z.string().min(1).max(100) });

export const assignSchema = z.strictObject({ ...target, assigneeId: z.string().max(100) });

export const uploadMetaSchema = z.strictObject({
  capabilityKey: z.string().regex(/^[a-z0-9-]{1,80}$/),
  sensitivity: z.enum(sensitivities, "validation.sensitivity"),
});

export const enablerRatings = ["absent", "partial", "strong"] as const;

export const enablerAnswersSchema = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  answers: z
    .array(
      z.strictObject({
        enablerKey: z.string().regex(/^[a-z0-9-]{1,80}$/),
        rating: z.enum(enablerRatings).nullable(),
        notes: z.string().max(5000, "validation.textTooLong"),
      }),
    )
    .max(50),
});

// Level bounds are checked again against the stored framework's scale in the action.
export const proposalSchema = z.strictObject({
  ...target,
  level: z.number("validation.level").int().min(0, "validation.level").max(20, "validation.level"),
  reasoning: z.string().trim().min(1, "validation.proposalReasoning").max(5000, "validation.textTooLong"),
});

export const agreeSchema = z.strictObject({
  ...target,
  expectedVersion: z.number().int().min(0),
  level: z.number("validation.level").int().min(0, "validation.level").max(20, "validation.level"),
  reason: z.string().trim().min(1, "validation.agreeReason").max(5000, "validation.textTooLong"),
});
