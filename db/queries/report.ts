import { asc, eq } from "drizzle-orm";
import type { Scope } from "@/lib/auth/scope";
import type { ActionRecord, EnablerRecord, EvidenceRecord, ReportInput } from "@/lib/export";
import type { Db } from "../client";
import { evidenceFiles, evidenceRefs, frameworkVersions } from "../schema";
import { getAnswers, getEnablerAnswers, listComments, type ReachableAssessment } from "./assessments";
import { getCountryOfAssessment } from "./countries";
import { listActionItems } from "./evidence";
import { getFrameworkDefinition } from "./frameworks";
import { loadScoringCycles } from "./scores";

/**
 * Everything a report of one cycle can hold. Evidence of every sensitivity is loaded here and
 * filtered by buildReport for the audience; file contents never leave the database.
 */
export async function loadReportInput(db: Db, scope: Scope, assessment: ReachableAssessment, withComments: boolean): Promise<ReportInput> {
  const [country, def, [fw], answers, refs, files, actions, enablers, comments, cycles] = await Promise.all([
    getCountryOfAssessment(db, assessment),
    getFrameworkDefinition(db, assessment.frameworkVersionId),
    db.select({ key: frameworkVersions.frameworkKey, version: frameworkVersions.version }).from(frameworkVersions).where(eq(frameworkVersions.id, assessment.frameworkVersionId)),
    getAnswers(db, assessment),
    db.select().from(evidenceRefs).where(eq(evidenceRefs.assessmentId, assessment.id)).orderBy(asc(evidenceRefs.createdAt)),
    db
      .select({ capabilityKey: evidenceFiles.capabilityKey, fileName: evidenceFiles.fileName, sensitivity: evidenceFiles.sensitivity, uploadedAt: evidenceFiles.uploadedAt })
      .from(evidenceFiles)
      .where(eq(evidenceFiles.assessmentId, assessment.id))
      .orderBy(asc(evidenceFiles.uploadedAt)),
    listActionItems(db, assessment),
    getEnablerAnswers(db, assessment),
    withComments ? listComments(db, assessment) : Promise.resolve([]),
    loadScoringCycles(db, scope, assessment.countryIso2),
  ]);
  const evidence: EvidenceRecord[] = [
    ...refs.map((r) => ({ capabilityKey: r.capabilityKey, kind: "reference" as const, title: r.title, url: r.url, issuer: r.issuer, issuedOn: r.issuedOn, sensitivity: r.sensitivity as EvidenceRecord["sensitivity"] })),
    ...files.map((f) => ({ capabilityKey: f.capabilityKey, kind: "file" as const, title: f.fileName, url: null, issuer: "", issuedOn: f.uploadedAt.toISOString().slice(0, 10), sensitivity: f.sensitivity as EvidenceRecord["sensitivity"] })),
  ];
  return {
    country: { iso2: country.iso2, name: country.name, region: country.region ?? null, incomeGroup: country.incomeGroup ?? null },
    assessment: {
      id: assessment.id,
      title: assessment.title,
      period: assessment.period,
      status: assessment.status,
      validatedAt: assessment.validatedAt?.toISOString() ?? null,
      frameworkKey: fw!.key,
      frameworkVersion: fw!.version,
    },
    def: def!,
    cycles,
    answers: answers.map((a) => ({
      capabilityKey: a.capabilityKey,
      level: a.level,
      notApplicable: a.notApplicable,
      notApplicableReason: a.notApplicableReason,
      reasoning: a.reasoning,
      confidence: a.confidence as ReportInput["answers"][number]["confidence"],
      targetLevel: a.targetLevel,
      targetDate: a.targetDate,
      leadAgency: a.leadAgency,
    })),
    evidence,
    actions: actions.map((a): ActionRecord => ({ capabilityKey: a.capabilityKey, what: a.what, owner: a.owner, dueOn: a.dueOn, status: a.status as ActionRecord["status"] })),
    enablers: enablers.map((e): EnablerRecord => ({ enablerKey: e.enablerKey, rating: e.rating as EnablerRecord["rating"], notes: e.notes })),
    comments: comments.map((c) => ({ capabilityKey: c.capabilityKey, authorName: c.authorName ?? "", body: c.body, createdAt: c.createdAt.toISOString() })),
  };
}
