import { asc, eq, inArray, sql } from "drizzle-orm";
import type { CountryCycle } from "@/lib/comparison";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { AnswerInput } from "@/lib/scoring";
import type { Db } from "../client";
import { assessments, countries, frameworkVersions, shareGrants } from "../schema";
import { activeGrantCondition } from "./assessments";
import { getFrameworkDefinition } from "./frameworks";
import { getScoringAnswers, toAnswerInput } from "./scores";

/**
 * A fingerprint of everything the cross-country views depend on: the validated cycles (a
 * validation, reopen or correction changes their count, latest or summed update time) and
 * the consent grants (a grant adds a row, a revocation or a suspension sets a time). Equal fingerprints mean
 * equal inputs, so results computed for one can be reused for it.
 */
export async function getComparisonStamp(db: Db): Promise<string> {
  const [a] = await db
    .select({
      n: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${assessments.updatedAt})::text`,
      sum: sql<string | null>`sum(extract(epoch from ${assessments.updatedAt}))::text`,
    })
    .from(assessments)
    .where(eq(assessments.status, "validated"));
  const [g] = await db
    .select({ n: sql<number>`count(*)::int`, changed: sql<string | null>`max(greatest(${shareGrants.grantedAt}, coalesce(${shareGrants.revokedAt}, ${shareGrants.grantedAt}), coalesce(${shareGrants.suspendedAt}, ${shareGrants.grantedAt})))::text`, revoked: sql<number>`count(${shareGrants.revokedAt})::int`, suspended: sql<number>`count(${shareGrants.suspendedAt})::int` })
    .from(shareGrants);
  return [a!.n, a!.latest, a!.sum, g!.n, g!.changed, g!.revoked, g!.suspended].join("|");
}

// Cycles per database handle, for the stamp they were read under.
const cache = new WeakMap<Db, { stamp: string; cycles: CountryCycle[] }>();

/**
 * Every validated cycle of every country, with whether the country shows it by name to the
 * advisory board (an active advisory or public grant). This read is deliberately unscoped:
 * it feeds only lib/comparison, whose functions name shared countries only and publish
 * anonymous figures under the disclosure rules. Never hand these rows to a page directly.
 */
export async function loadValidatedCycles(db: Db, stamp: string): Promise<CountryCycle[]> {
  const hit = cache.get(db);
  if (hit?.stamp === stamp) return hit.cycles;
  let rows = await db
    .select({
      id: assessments.id,
      countryIso2: assessments.countryIso2,
      countryName: countries.name,
      region: countries.region,
      incomeGroup: countries.incomeGroup,
      period: assessments.period,
      frameworkVersionId: assessments.frameworkVersionId,
      frameworkVersion: frameworkVersions.version,
      validatedAt: assessments.validatedAt,
      shared: sql<boolean>`exists (select 1 from ${shareGrants} where ${shareGrants.assessmentId} = ${assessments.id} and ${activeGrantCondition} and ${inArray(shareGrants.audience, ["advisory", "public"])})`,
    })
    .from(assessments)
    .innerJoin(countries, eq(countries.iso2, assessments.countryIso2))
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, assessments.frameworkVersionId))
    .where(eq(assessments.status, "validated"))
    .orderBy(asc(assessments.validatedAt), asc(assessments.id));
  // Two validated cycles for the same period (a correction made as a new cycle): the later stands.
  const byPeriod = new Map(rows.map((r) => [`${r.countryIso2}|${r.period}`, r]));
  rows = [...byPeriod.values()];
  const answers = new Map<string, AnswerInput[]>(rows.map((r) => [r.id, []]));
  for (const a of await getScoringAnswers(db, rows.map((r) => r.id))) {
    answers.get(a.assessmentId)!.push(toAnswerInput(a));
  }
  const defs = new Map<number, FrameworkDefinition>();
  for (const id of new Set(rows.map((r) => r.frameworkVersionId))) defs.set(id, (await getFrameworkDefinition(db, id))!);
  const cycles = rows.map((r) => ({
    countryIso2: r.countryIso2,
    countryName: r.countryName,
    region: r.region,
    incomeGroup: r.incomeGroup,
    period: r.period,
    frameworkVersion: r.frameworkVersion,
    def: defs.get(r.frameworkVersionId)!,
    answers: answers.get(r.id)!,
    sharedWithAdvisory: r.shared,
  }));
  cache.set(db, { stamp, cycles });
  return cycles;
}
