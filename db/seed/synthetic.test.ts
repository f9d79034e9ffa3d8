import { and, eq, isNull, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { assessments, capabilityAnswers, countries, enablerAnswers, evidenceRefs, shareGrants } from "../schema";
import { openTestDatabase, testEngine } from "../test/database";
import { seedDemoAssessments } from "./demo-assessments";
import { seedReferenceData } from "./reference";
import { seedSynthetic, type SyntheticResult } from "./synthetic";

describe(`synthetic data on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  let result: SyntheticResult;
  let countryCount = 0;
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedReferenceData(handle.db);
    // Kenya and Uganda already have assessments (no accounts needed): they must be left alone.
    await seedDemoAssessments(handle.db);
    countryCount = (await handle.db.select({ n: sql<number>`count(*)::int` }).from(countries))[0]!.n;
    result = await seedSynthetic(handle.db, { cycles: 2, firstYear: 2024 });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("gives every country without an assessment validated cycles with all 21 answers", async () => {
    expect(result).toEqual({ countries: countryCount - 2, assessments: (countryCount - 2) * 2, answers: (countryCount - 2) * 2 * 21 });
    const rows = await handle.db.select().from(assessments).where(like(assessments.id, "syn-%"));
    expect(rows).toHaveLength(result.assessments);
    expect(rows.every((r) => r.status === "validated" && r.validatedAt !== null)).toBe(true);
    expect(rows.some((r) => r.countryIso2 === "KE" || r.countryIso2 === "UG")).toBe(false);
    expect(new Set(rows.map((r) => r.id))).toContain("syn-fr-2025");
    const perAssessment = await handle.db
      .select({ id: capabilityAnswers.assessmentId, n: sql<number>`count(*)::int`, levels: sql<number>`count(distinct ${capabilityAnswers.level})::int` })
      .from(capabilityAnswers)
      .where(like(capabilityAnswers.assessmentId, "syn-%"))
      .groupBy(capabilityAnswers.assessmentId);
    expect(perAssessment).toHaveLength(result.assessments);
    expect(perAssessment.every((r) => r.n === 21)).toBe(true);
    expect(perAssessment.filter((r) => r.levels >= 3).length).toBeGreaterThan(result.assessments / 2);
  });

  it("adds evidence on the latest cycle and enablers on every cycle", async () => {
    const evidence = await handle.db.select({ id: evidenceRefs.assessmentId }).from(evidenceRefs).where(like(evidenceRefs.assessmentId, "syn-%"));
    expect(evidence.every((e) => e.id.endsWith("-2025"))).toBe(true);
    expect(evidence.length).toBeGreaterThan(result.countries * 19);
    const enablers = await handle.db.select({ n: sql<number>`count(*)::int` }).from(enablerAnswers).where(like(enablerAnswers.assessmentId, "syn-%"));
    expect(enablers[0]?.n).toBe(result.assessments * 5);
  });

  it("shares about half the countries with the advisory board and a quarter with NGOs", async () => {
    const shared = async (audience: string) =>
      new Set(
        (await handle.db
          .select({ iso2: assessments.countryIso2 })
          .from(shareGrants)
          .innerJoin(assessments, eq(assessments.id, shareGrants.assessmentId))
          .where(and(eq(shareGrants.audience, audience), isNull(shareGrants.revokedAt), like(assessments.id, "syn-%")))).map((r) => r.iso2),
      ).size;
    expect(Math.abs((await shared("advisory")) - result.countries / 2)).toBeLessThanOrEqual(3);
    expect(Math.abs((await shared("ngo")) - result.countries / 4)).toBeLessThanOrEqual(3);
    expect(await shared("public")).toBe(0);
  });

  it("is a no-op when run again", async () => {
    expect(await seedSynthetic(handle.db, { cycles: 2, firstYear: 2024 })).toEqual({ countries: 0, assessments: 0, answers: 0 });
  });
});
