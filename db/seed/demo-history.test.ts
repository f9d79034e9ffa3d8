import { and, asc, eq, inArray, isNull, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { assessments, capabilityAnswers, countries, enablerAnswers, evidenceRefs, shareGrants, users } from "../schema";
import { openTestDatabase, testEngine } from "../test/database";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDemoAssessments } from "./demo-assessments";
import { seedDemoHistory } from "./demo-history";
import { demoCountries } from "./demo-history-data";
import { seedReferenceData } from "./reference";

const existingIds = ["demo-ke-2023", "demo-ke-2024", "demo-ke-2026", "demo-ug-2024"];
const globals = globalThis as { mnrDb?: Promise<DatabaseHandle>; mnrAuth?: unknown };

describe(`demo history on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  let created = 0;
  const snapshot = async () => ({
    assessments: await handle.db.select().from(assessments).where(inArray(assessments.id, existingIds)).orderBy(asc(assessments.id)),
    answers: await handle.db.select().from(capabilityAnswers).where(inArray(capabilityAnswers.assessmentId, existingIds)).orderBy(asc(capabilityAnswers.assessmentId), asc(capabilityAnswers.capabilityKey)),
    shares: await handle.db.select().from(shareGrants).where(inArray(shareGrants.assessmentId, existingIds)).orderBy(asc(shareGrants.id)),
    evidence: await handle.db.select({ id: evidenceRefs.id }).from(evidenceRefs).where(inArray(evidenceRefs.assessmentId, existingIds)),
    enablers: await handle.db.select({ key: enablerAnswers.enablerKey }).from(enablerAnswers).where(inArray(enablerAnswers.assessmentId, existingIds)),
  });
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    handle = await openTestDatabase();
    // Demo accounts go through the authentication library, which opens the shared handle:
    // point that handle at this test database (never the repository's data folder).
    globals.mnrDb = Promise.resolve(handle);
    await seedReferenceData(handle.db);
    await seedDemoAccounts(handle.db);
    await seedDemoAssessments(handle.db);
    before = await snapshot();
    created = await seedDemoHistory(handle.db);
  });
  afterAll(async () => {
    delete globals.mnrDb;
    delete globals.mnrAuth;
    await handle?.close();
  });

  const validatedByCountry = async () => {
    const rows = await handle.db
      .select({ id: assessments.id, iso2: assessments.countryIso2, period: assessments.period, region: countries.region })
      .from(assessments)
      .innerJoin(countries, eq(countries.iso2, assessments.countryIso2))
      .where(eq(assessments.status, "validated"))
      .orderBy(asc(assessments.period));
    const map = new Map<string, typeof rows>();
    for (const r of rows) map.set(r.iso2, [...(map.get(r.iso2) ?? []), r]);
    return map;
  };

  it("gives every demo country four to six validated cycles", async () => {
    expect(created).toBe(demoCountries.reduce((n, c) => n + c.years.length, 0));
    const byCountry = await validatedByCountry();
    expect(demoCountries.length).toBeGreaterThanOrEqual(12);
    for (const c of demoCountries) expect(byCountry.get(c.iso2)?.length, c.iso2).toBeGreaterThanOrEqual(4);
    for (const c of demoCountries) expect(byCountry.get(c.iso2)?.length, c.iso2).toBeLessThanOrEqual(6);
    expect(byCountry.get("KE")?.length).toBe(5);
    const africa = [...byCountry.values()].filter((cycles) => cycles[0]?.region === "Africa");
    expect(africa.length).toBeGreaterThanOrEqual(5);
  });

  it("is a no-op when run again and leaves the existing demo cycles as they were", async () => {
    const count = async () => (await handle.db.select({ n: sql<number>`count(*)::int` }).from(capabilityAnswers))[0]?.n;
    const answersBefore = await count();
    expect(await seedDemoHistory(handle.db)).toBe(0);
    expect(await count()).toBe(answersBefore);
    expect(await snapshot()).toEqual(before);
    expect(before.assessments.map((a) => a.status)).toEqual(["validated", "validated", "draft", "validated"]);
  });

  it("has rising and falling trajectories", async () => {
    const means = new Map(
      (await handle.db.select({ id: capabilityAnswers.assessmentId, mean: sql<number>`avg(${capabilityAnswers.level})::float` }).from(capabilityAnswers).groupBy(capabilityAnswers.assessmentId)).map((r) => [r.id, Number(r.mean)]),
    );
    const changes = [...(await validatedByCountry()).values()].map((cycles) => means.get(cycles.at(-1)!.id)! - means.get(cycles[0]!.id)!);
    expect(changes.some((d) => d < -0.3)).toBe(true);
    expect(changes.filter((d) => d > 0.3).length).toBeGreaterThanOrEqual(5);
    expect(changes.filter((d) => Math.abs(d) < 0.25).length).toBeGreaterThanOrEqual(2);
  });

  it("fills answers, evidence and enablers plausibly", async () => {
    const ids = demoCountries.flatMap((c) => c.years.map((y) => `demo-${c.iso2.toLowerCase()}-${y}`));
    const answers = await handle.db.select().from(capabilityAnswers).where(inArray(capabilityAnswers.assessmentId, ids));
    expect(answers).toHaveLength(ids.length * 21);
    for (const a of answers) {
      if (a.notApplicable) expect(a.notApplicableReason).toMatch(/^Demo reason/);
      else expect(a.level! >= 0 && a.level! <= 4 && a.targetLevel! >= a.level! && a.reasoning.startsWith("Demo answer")).toBe(true);
    }
    expect(answers.filter((a) => a.notApplicable).length).toBe(4);
    expect(new Set(answers.map((a) => a.confidence))).toEqual(new Set(["low", "medium", "high", null]));
    const evidence = await handle.db.select().from(evidenceRefs).where(like(evidenceRefs.assessmentId, "demo-%"));
    expect(new Set(evidence.map((e) => e.sensitivity))).toEqual(new Set(["public", "internal", "restricted"]));
    expect(new Set(evidence.map((e) => e.assessmentId)).size).toBeGreaterThanOrEqual(demoCountries.length);
    const enablers = await handle.db.select().from(enablerAnswers).where(inArray(enablerAnswers.assessmentId, ids));
    expect(enablers.length).toBe(ids.length * 5);
    expect(new Set(enablers.map((e) => e.rating))).toEqual(new Set(["absent", "partial", "strong"]));
  });

  it("records no country user outside Kenya and Uganda, and the secretariat as validator", async () => {
    const [secretariat] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "secretariat@demo.mnr.example"));
    const rows = await handle.db.select().from(assessments).where(and(like(assessments.id, "demo-%"), sql`${assessments.countryIso2} not in ('KE', 'UG')`));
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) expect([r.createdBy, r.submittedBy, r.validatedBy, r.validatedAt?.getUTCFullYear()]).toEqual([null, null, secretariat!.id, Number(r.period)]);
  });

  it("shares some countries' latest cycles and leaves others unshared", async () => {
    const grants = await handle.db
      .select({ iso2: assessments.countryIso2, audience: shareGrants.audience })
      .from(shareGrants)
      .innerJoin(assessments, eq(assessments.id, shareGrants.assessmentId))
      .where(isNull(shareGrants.revokedAt));
    const sharing = new Set(grants.map((g) => g.iso2));
    const silent = demoCountries.filter((c) => !sharing.has(c.iso2));
    expect(silent.length).toBeGreaterThanOrEqual(1);
    expect(sharing.size).toBeGreaterThanOrEqual(6);
    expect(new Set(grants.map((g) => g.audience))).toEqual(new Set(["advisory", "ngo", "public"]));
    expect(grants.filter((g) => g.iso2 === "KE")).toEqual([{ iso2: "KE", audience: "advisory" }]);
  });
});
