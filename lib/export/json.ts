// The full assessment as JSON (schema "mnr-assess/assessment" v1), and its import into a draft.
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { checkAnswers, checkCapabilityRefs, checkEnablers, checkFramework } from "./import-rules";
import {
  EXPORT_SCHEMA,
  EXPORT_SCHEMA_VERSION,
  IMPORT_LIMITS,
  assessmentExportSchema,
  type AssessmentExport,
} from "./json-schema";
import type { Report, ReportScore } from "./model";
import { formatPath, makeProblem, problemsFromZod, sortProblems, type ImportProblem, type ImportResult } from "./problems";

export { EXPORT_SCHEMA, EXPORT_SCHEMA_VERSION, IMPORT_LIMITS, assessmentExportSchema, type AssessmentExport };

function scoreOf(s: ReportScore) {
  return { value: s.value, target: s.target, change: s.change, completeness: s.completeness, evidence: s.evidence, evidenceStrength: s.evidenceStrength };
}

/**
 * The document, with fields picked one by one so that nothing outside the schema (nor
 * anything the audience may not see: the report is already filtered) can slip in.
 */
export function toExportDocument(report: Report): AssessmentExport {
  const { country, assessment: a } = report;
  return {
    schema: EXPORT_SCHEMA,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    audience: report.audience,
    country: { iso2: country.iso2, name: country.name, region: country.region, incomeGroup: country.incomeGroup },
    assessment: { id: a.id, title: a.title, period: a.period, status: a.status as AssessmentExport["assessment"]["status"], validatedAt: a.validatedAt },
    framework: { key: report.framework.key, version: report.framework.version },
    answers: report.capabilities.map((c) => ({
      capabilityKey: c.key,
      level: c.level,
      notApplicable: c.notApplicable,
      notApplicableReason: c.notApplicableReason,
      reasoning: c.reasoning,
      confidence: c.confidence,
      targetLevel: c.targetLevel,
      targetDate: c.targetDate,
      leadAgency: c.leadAgency,
    })),
    evidence: report.evidence.map((e) => ({
      capabilityKey: e.capabilityKey,
      kind: e.kind,
      title: e.title,
      url: e.url,
      issuer: e.issuer,
      issuedOn: e.issuedOn,
      sensitivity: e.sensitivity,
    })),
    actions: report.actions.map((x) => ({ capabilityKey: x.capabilityKey, what: x.what, owner: x.owner, dueOn: x.dueOn, status: x.status })),
    enablers: report.enablers.map((e) => ({ enablerKey: e.enablerKey, rating: e.rating, notes: e.notes })),
    comments: report.comments.map((c) => ({ capabilityKey: c.capabilityKey, authorName: c.authorName, body: c.body, createdAt: c.createdAt })),
    scores: {
      method: report.framework.method,
      overall: scoreOf(report.overall),
      domains: report.domains.map((d) => ({ key: d.key, ...scoreOf(d) })),
      capabilities: report.capabilities.map((c) => ({ key: c.key, points: c.points, gap: c.gap, evidence: c.evidence, change: c.change })),
      previousPeriod: report.comparison.previousPeriod,
      trend: report.trend.map((t) => ({ period: t.period, overall: t.overall, comparable: t.comparable })),
    },
  };
}

/** Pretty-printed with a final newline: the file is meant to be read and diffed by people too. */
export function toExportJson(report: Report): string {
  return `${JSON.stringify(toExportDocument(report), null, 2)}\n`;
}

function decode(input: string | Uint8Array): string {
  const text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/**
 * Checks a JSON export before it becomes a new draft of an assessment on `def`. Every
 * problem in the file is reported, each with its JSON path; nothing is returned as data
 * unless the whole file is valid. Scores in the file are ignored: they are recomputed.
 */
export function parseAssessmentImport(input: string | Uint8Array, def: FrameworkDefinition): ImportResult<AssessmentExport> {
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > IMPORT_LIMITS.bytes) return fail([makeProblem("file.tooLarge", { path: "$" }, { max: IMPORT_LIMITS.bytes })]);
  let raw: unknown;
  try {
    raw = JSON.parse(decode(input));
  } catch {
    return fail([makeProblem("file.notJson", { path: "$" })]);
  }
  // A file of another kind would only produce a flood of meaningless field problems.
  const doc = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (doc.schema !== EXPORT_SCHEMA) return fail([makeProblem("schema.unknown", { path: "schema" }, { expected: EXPORT_SCHEMA })]);
  if (doc.schemaVersion !== EXPORT_SCHEMA_VERSION) {
    return fail([makeProblem("schema.unsupportedVersion", { path: "schemaVersion" }, { found: String(doc.schemaVersion), supported: EXPORT_SCHEMA_VERSION })]);
  }

  const parsed = assessmentExportSchema.safeParse(raw, { reportInput: true });
  const at = (list: string) => (i: number, field: string) => ({ path: formatPath([list, i, field]) });
  const listOf = (v: unknown) => (Array.isArray(v) ? v : []);
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error.issues, (p) => ({ path: formatPath(p) }))),
    ...checkFramework(doc.framework, def, { path: "framework" }),
    ...checkAnswers(listOf(doc.answers), def, at("answers")),
    ...checkCapabilityRefs(listOf(doc.evidence), def, at("evidence")),
    ...checkCapabilityRefs(listOf(doc.actions), def, at("actions")),
    ...checkCapabilityRefs(listOf(doc.comments), def, at("comments")),
    ...checkEnablers(listOf(doc.enablers), def, at("enablers")),
  ];
  if (problems.length > 0 || !parsed.success) return fail(problems);
  return { ok: true, data: parsed.data };
}

/** One problem per place and kind: structural and framework checks can both flag a bad key. */
function fail(problems: ImportProblem[]): { ok: false; problems: ImportProblem[] } {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const id = `${p.row ?? ""}|${p.path}|${p.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { ok: false, problems: sortProblems(unique) };
}
