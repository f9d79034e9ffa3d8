import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { readerAudience, visibleSensitivities } from "@/lib/assessment/sensitivity";
import type { Scope } from "@/lib/auth/scope";
import type { OpenDataAnswer, OpenDataCycle } from "@/lib/export";
import type { Db } from "../client";
import { assessments, countries, evidenceFiles, evidenceRefs } from "../schema";
import { activeGrantList, parseGrantList, reachCondition } from "./assessments";
import { getFrameworkDefinition } from "./frameworks";
import { getScoringAnswers, toAnswerInput } from "./scores";

/**
 * Every validated cycle the caller's scope reaches, read in batches so an export of the whole
 * platform never holds more than one batch in memory. Evidence is counted twice: all of it
 * (scores use it) and what this reader may see (the open data lists only that).
 */
export async function* streamOpenDataCycles(db: Db, scope: Scope, batchSize = 100): AsyncGenerator<OpenDataCycle> {
  const list = await db
    .select({ grants: activeGrantList, id: assessments.id, period: assessments.period, validatedAt: assessments.validatedAt, frameworkVersionId: assessments.frameworkVersionId, iso2: countries.iso2, name: countries.name, region: countries.region, incomeGroup: countries.incomeGroup })
    .from(assessments)
    .innerJoin(countries, eq(countries.iso2, assessments.countryIso2))
    .where(and(eq(assessments.status, "validated"), reachCondition(scope)))
    .orderBy(asc(countries.name), asc(assessments.period), asc(assessments.id));
  for (let i = 0; i < list.length; i += batchSize) {
    const batch = list.slice(i, i + batchSize);
    const ids = batch.map((b) => b.id);
    // What each cycle's reader may see follows that cycle's own grants (an advisory member
    // reads a cycle shared only with the public as the public does).
    const visible = new Map(batch.map((b) => [b.id, new Set<string>(visibleSensitivities(readerAudience(scope, b.iso2, parseGrantList(b.grants)) ?? "public"))]));
    const [answers, refs, files] = await Promise.all([
      getScoringAnswers(db, ids),
      visibleCounts(db, evidenceRefs, ids, visible),
      visibleCounts(db, evidenceFiles, ids, visible),
    ]);
    const seen = (m: Map<string, number>, a: string, c: string) => m.get(`${a}|${c}`) ?? 0;
    const byCycle = new Map<string, OpenDataAnswer[]>(ids.map((id) => [id, []]));
    for (const a of answers) {
      byCycle.get(a.assessmentId)!.push({
        ...toAnswerInput(a),
        targetDate: a.targetDate,
        visibleEvidenceCount: seen(refs, a.assessmentId, a.capabilityKey) + seen(files, a.assessmentId, a.capabilityKey),
      });
    }
    for (const b of batch) {
      yield {
        country: { iso2: b.iso2, name: b.name, region: b.region, incomeGroup: b.incomeGroup },
        assessment: { id: b.id, period: b.period, validatedAt: b.validatedAt?.toISOString() ?? null },
        def: (await getFrameworkDefinition(db, b.frameworkVersionId))!,
        answers: byCycle.get(b.id)!,
      };
    }
  }
}

async function visibleCounts(db: Db, table: typeof evidenceRefs | typeof evidenceFiles, ids: string[], visible: Map<string, Set<string>>) {
  const rows = await db
    .select({ a: table.assessmentId, c: table.capabilityKey, s: table.sensitivity, n: sql<number>`count(*)::int` })
    .from(table)
    .where(inArray(table.assessmentId, ids))
    .groupBy(table.assessmentId, table.capabilityKey, table.sensitivity);
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!visible.get(r.a)?.has(r.s)) continue;
    out.set(`${r.a}|${r.c}`, (out.get(`${r.a}|${r.c}`) ?? 0) + r.n);
  }
  return out;
}
