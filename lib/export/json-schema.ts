// The assessment export format, schema "mnr-assess/assessment" version 1 (README.md documents
// each field). Structure only: what depends on the framework is checked in import-rules.ts.
// Limits mirror lib/validation/assessment.ts so an imported draft could have been typed in.
import { z } from "zod";
import { sensitivities, actionStatuses, enablerRatings } from "@/lib/validation/assessment";

export const EXPORT_SCHEMA = "mnr-assess/assessment";
export const EXPORT_SCHEMA_VERSION = 1;

/** Beyond these a file is not a plausible assessment; refusing it early bounds the work. */
export const IMPORT_LIMITS = { bytes: 5 * 1024 * 1024, answers: 200, evidence: 2000, actions: 1000, enablers: 50, comments: 2000 } as const;

/** A real calendar date: 2024-02-30 matches the pattern but is refused. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isIsoDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && isIsoDate(value.slice(0, 10));
}

const date = z.string().refine(isIsoDate, "date.invalid");
const dateTime = z.string().refine(isIsoDateTime, "datetime.invalid");
const text = (max: number) => z.string().max(max);
const key = z.string().regex(/^[a-z0-9-]{1,80}$/, "capability.unknown");
const enumOf = <const T extends readonly [string, ...string[]]>(values: T, code: string) => z.enum(values, code);

const countrySchema = z.strictObject({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  name: text(200).min(1),
  region: text(200).nullable(),
  incomeGroup: text(50).nullable(),
});

const assessmentSchema = z.strictObject({
  id: text(100).min(1),
  title: text(200).min(1),
  period: z.string().regex(/^\d{4}(-\d{4})?$/),
  status: enumOf(["draft", "submitted", "returned", "validated"], "value.invalid"),
  validatedAt: dateTime.nullable(),
});

export const answerExportSchema = z.strictObject({
  capabilityKey: key,
  level: z.number().int("level.notInteger").nullable(),
  notApplicable: z.boolean(),
  notApplicableReason: text(2000).nullable(),
  reasoning: text(10_000),
  confidence: enumOf(["low", "medium", "high"], "confidence.invalid").nullable(),
  targetLevel: z.number().int("level.notInteger").nullable(),
  targetDate: date.nullable(),
  leadAgency: text(200),
});

const evidenceSchema = z.strictObject({
  capabilityKey: key,
  kind: enumOf(["reference", "file"], "evidenceKind.invalid"),
  title: text(300).min(1),
  url: text(2000)
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), "url.invalid")
    .nullable(),
  issuer: text(200),
  issuedOn: date.nullable(),
  sensitivity: enumOf(sensitivities, "sensitivity.invalid"),
});

const actionSchema = z.strictObject({
  capabilityKey: key,
  what: text(1000).min(1),
  owner: text(200).min(1),
  dueOn: date,
  status: enumOf(actionStatuses, "actionStatus.invalid"),
});

const enablerSchema = z.strictObject({
  enablerKey: z.string().regex(/^[a-z0-9-]{1,80}$/, "enabler.unknown"),
  rating: enumOf(enablerRatings, "rating.invalid").nullable(),
  notes: text(5000),
});

const commentSchema = z.strictObject({
  capabilityKey: key.nullable(),
  authorName: text(200),
  body: text(5000).min(1),
  createdAt: dateTime,
});

const score = z.number().min(0).max(100).nullable();
const scoreSummary = {
  value: score,
  target: score,
  change: z.number().nullable(),
  completeness: z.number(),
  evidence: z.number(),
  evidenceStrength: z.enum(["none", "weak", "moderate", "strong"]),
};

/** Figures as the app computed them; informative only, recomputed after every import. */
const scoresSchema = z.strictObject({
  method: text(50),
  overall: z.strictObject(scoreSummary),
  domains: z.array(z.strictObject({ key, ...scoreSummary })).max(50),
  capabilities: z
    .array(z.strictObject({ key, points: score, gap: z.number().nullable(), evidence: z.number(), change: z.number().nullable() }))
    .max(IMPORT_LIMITS.answers),
  previousPeriod: text(20).nullable(),
  trend: z.array(z.strictObject({ period: text(20), overall: score, comparable: z.boolean() })).max(200),
});

export const assessmentExportSchema = z.strictObject({
  schema: z.literal(EXPORT_SCHEMA),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  audience: enumOf(["internal", "advisory", "ngo", "public"], "audience.invalid"),
  country: countrySchema,
  assessment: assessmentSchema,
  framework: z.strictObject({ key: text(80).min(1), version: text(20).min(1) }),
  answers: z.array(answerExportSchema).max(IMPORT_LIMITS.answers),
  evidence: z.array(evidenceSchema).max(IMPORT_LIMITS.evidence),
  actions: z.array(actionSchema).max(IMPORT_LIMITS.actions),
  enablers: z.array(enablerSchema).max(IMPORT_LIMITS.enablers),
  comments: z.array(commentSchema).max(IMPORT_LIMITS.comments),
  scores: scoresSchema.optional(),
});

export type AssessmentExport = z.infer<typeof assessmentExportSchema>;
