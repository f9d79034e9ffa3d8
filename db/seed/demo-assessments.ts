import { eq } from "drizzle-orm";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { Db } from "../client";
import { getCurrentFramework } from "../queries/frameworks";
import { assessments, capabilityAnswers, shareGrants, users } from "../schema";

// Demo history for Kenya (two validated cycles and a draft) and one validated cycle for
// Uganda, so a newcomer sees a real assessment at once. Ids are fixed so reruns are no-ops.
export const levelsKe2023 = [1, 1, 2, 1, 1, 0, 1, 1, 1, 0, 2, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1];
export const levelsKe2024 = [2, 1, 2, 2, 1, 1, 1, 1, 2, 1, 2, 2, 2, 1, 0, 2, 1, 1, 1, 1, 1];
export const levelsUg2024 = [1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 2, 1, 1, 0, 0, 1, 0, 0, 1, 0, 1];
const agencies = ["Ministry of Interior", "Ministry of Justice", "Ministry of Labour and Social Protection", "Ministry of Education", "Communications Authority"];

export function answersFor(def: FrameworkDefinition, levels: number[], count = levels.length) {
  return def.capabilities.slice(0, count).map((c, i) => ({
    capabilityKey: c.key,
    level: levels[i] ?? null,
    reasoning: `Demo answer for ${c.name}: the situation described in level ${levels[i]} matches what the lead agency reported in its last annual review.`,
    confidence: (["low", "medium", "high"] as const)[i % 3],
    targetLevel: Math.min(4, (levels[i] ?? 0) + 1),
    targetDate: "2028-12-31",
    leadAgency: agencies[i % agencies.length]!,
    version: 1,
  }));
}

export async function seedDemoAssessments(db: Db): Promise<number> {
  const framework = await getCurrentFramework(db);
  if (!framework) return 0;
  const byEmail = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? null;
  const focalKe = await byEmail("focal.point@demo.mnr.example");
  const secretariat = await byEmail("secretariat@demo.mnr.example");
  const def = framework.definition;
  const cycles = [
    { id: "demo-ke-2023", country: "KE", title: "National assessment 2023", period: "2023", status: "validated", levels: levelsKe2023, count: 21, share: [] as string[] },
    { id: "demo-ke-2024", country: "KE", title: "National assessment 2024", period: "2024", status: "validated", levels: levelsKe2024, count: 21, share: ["advisory"] },
    { id: "demo-ke-2026", country: "KE", title: "National assessment 2026", period: "2026", status: "draft", levels: levelsKe2024, count: 6, share: [] },
    { id: "demo-ug-2024", country: "UG", title: "Uganda national assessment 2024", period: "2024", status: "validated", levels: levelsUg2024, count: 21, share: [] },
  ];
  let created = 0;
  for (const c of cycles) {
    const exists = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.id, c.id));
    if (exists.length) continue;
    const validated = c.status === "validated";
    const at = new Date(`${c.period}-11-15T10:00:00Z`);
    await db.transaction(async (tx) => {
      await tx.insert(assessments).values({
        id: c.id,
        countryIso2: c.country,
        frameworkVersionId: framework.id,
        title: c.title,
        period: c.period,
        status: c.status,
        createdBy: c.country === "KE" ? focalKe : null,
        createdAt: at,
        submittedBy: validated && c.country === "KE" ? focalKe : null,
        submittedAt: validated ? at : null,
        validatedBy: validated ? secretariat : null,
        validatedAt: validated ? at : null,
      });
      await tx.insert(capabilityAnswers).values(answersFor(def, c.levels, c.count).map((a) => ({ ...a, assessmentId: c.id, updatedBy: c.country === "KE" ? focalKe : null })));
      for (const audience of c.share) await tx.insert(shareGrants).values({ id: `${c.id}-${audience}`, assessmentId: c.id, audience, grantedBy: focalKe, grantedAt: at });
    });
    created += 1;
  }
  return created;
}
