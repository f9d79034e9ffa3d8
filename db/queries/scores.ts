import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Scope } from "@/lib/auth/scope";
import type { Db } from "../client";
import { assessments, capabilityAnswers, evidenceFiles, evidenceRefs } from "../schema";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { AnswerInput, CycleInput } from "@/lib/scoring";
import { reachCondition } from "./assessments";
import { getFrameworkDefinition } from "./frameworks";

/** The cycles of one country the caller may see, oldest first: the dashboard's trend. */
export async function listCountryCycles(db: Db, scope: Scope, countryIso2: string) {
  return db
    .select({ id: assessments.id, period: assessments.period, status: assessments.status, frameworkVersionId: assessments.frameworkVersionId, updatedAt: assessments.updatedAt })
    .from(assessments)
    .where(and(eq(assessments.countryIso2, countryIso2), reachCondition(scope)))
    .orderBy(asc(assessments.period), asc(assessments.id));
}

/**
 * The answers scoring needs for several cycles at once, with how much evidence backs each
 * (references and files of every sensitivity: a score must be the same whoever looks at it).
 * Callers pass ids they obtained through a scoped read.
 */
export async function getScoringAnswers(db: Db, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  const refs = sql<number>`(select count(*) from ${evidenceRefs} where ${evidenceRefs.assessmentId} = ${capabilityAnswers.assessmentId} and ${evidenceRefs.capabilityKey} = ${capabilityAnswers.capabilityKey})`;
  const files = sql<number>`(select count(*) from ${evidenceFiles} where ${evidenceFiles.assessmentId} = ${capabilityAnswers.assessmentId} and ${evidenceFiles.capabilityKey} = ${capabilityAnswers.capabilityKey})`;
  return db
    .select({
      assessmentId: capabilityAnswers.assessmentId,
      capabilityKey: capabilityAnswers.capabilityKey,
      level: capabilityAnswers.level,
      notApplicable: capabilityAnswers.notApplicable,
      targetLevel: capabilityAnswers.targetLevel,
      targetDate: capabilityAnswers.targetDate,
      leadAgency: capabilityAnswers.leadAgency,
      confidence: capabilityAnswers.confidence,
      evidenceCount: sql<number>`(${refs} + ${files})::int`,
    })
    .from(capabilityAnswers)
    .where(inArray(capabilityAnswers.assessmentId, assessmentIds));
}

export type ScoringAnswerRow = Awaited<ReturnType<typeof getScoringAnswers>>[number];

/** A stored row as the scoring functions take it (the check constraint keeps confidence to these three). */
export function toAnswerInput(r: ScoringAnswerRow): AnswerInput {
  return { capabilityKey: r.capabilityKey, level: r.level, notApplicable: r.notApplicable, targetLevel: r.targetLevel, confidence: r.confidence as AnswerInput["confidence"], evidenceCount: r.evidenceCount };
}

export type ScoringAnswer = AnswerInput & { leadAgency: string };

// A validated cycle cannot change (edits are refused; a reopen moves it out of "validated" and
// bumps updated_at), so its scoring answers can be kept, keyed by id and updated_at. The memo
// is only ever a copy of database state under a version stamp: any instance may serve any
// request, and a cold instance just reads again.
const frozenAnswers = new WeakMap<Db, Map<string, ScoringAnswer[]>>();
const frozenLimit = 5_000;

/**
 * Every cycle of a country the caller may see, ready for the scoring functions: its
 * framework definition and its answers with evidence counts.
 */
export async function loadScoringCycles(db: Db, scope: Scope, countryIso2: string): Promise<(Omit<CycleInput, "answers"> & { answers: ScoringAnswer[] })[]> {
  const cycles = await listCountryCycles(db, scope, countryIso2);
  let memo = frozenAnswers.get(db);
  if (!memo) frozenAnswers.set(db, (memo = new Map()));
  const stamp = (c: (typeof cycles)[number]) => `${c.id}@${c.updatedAt.toISOString()}`;
  const missing = cycles.filter((c) => c.status !== "validated" || !memo.has(stamp(c)));
  const rows = await getScoringAnswers(db, missing.map((c) => c.id));
  const fresh = new Map<string, ScoringAnswer[]>(missing.map((c) => [c.id, []]));
  for (const r of rows) {
    fresh.get(r.assessmentId)!.push({ ...toAnswerInput(r), leadAgency: r.leadAgency });
  }
  for (const c of missing) {
    if (c.status !== "validated") continue;
    if (memo.size >= frozenLimit) memo.delete(memo.keys().next().value!);
    memo.set(stamp(c), fresh.get(c.id)!);
  }
  const defs = new Map<number, FrameworkDefinition>();
  for (const id of new Set(cycles.map((c) => c.frameworkVersionId))) defs.set(id, (await getFrameworkDefinition(db, id))!);
  return cycles.map((c) => ({ id: c.id, period: c.period, status: c.status, def: defs.get(c.frameworkVersionId)!, answers: fresh.get(c.id) ?? memo.get(stamp(c))! }));
}
