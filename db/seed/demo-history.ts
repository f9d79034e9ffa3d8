import { eq, inArray } from "drizzle-orm";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { Db } from "../client";
import { getCurrentFramework } from "../queries/frameworks";
import { assessments, users } from "../schema";
import { buildCycleRows, insertCycles, levelsAlong, randomOffsets, rngFor, type CycleRows } from "./cycle-rows";
import { levelsKe2023, levelsUg2024 } from "./demo-assessments";
import { demoCountries, type DemoCountry } from "./demo-history-data";

// Several validated cycles for a dozen countries (data in demo-history-data.ts), so every
// chart and comparison has something to show. The existing demo cycles
// (demo-assessments.ts) are never touched; ids are fixed, so a rerun inserts nothing.

export const demoCycleId = (iso2: string, year: number) => `demo-${iso2.toLowerCase()}-${year}`;

const anchors = { KE: levelsKe2023, UG: levelsUg2024 };
const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

function levelsFor(c: DemoCountry, capabilityCount: number): number[][] {
  const rng = rngFor(`demo-levels-${c.iso2}`);
  const anchor = c.leadsTo ? anchors[c.leadsTo] : null;
  if (!anchor) return levelsAlong(rng, c.path, randomOffsets(rng, capabilityCount));
  // Walk back from the existing cycle, lowering a random capability at a time until the
  // cycle's total matches its mean: each capability only ever rises towards the existing cycle.
  const result: number[][] = [];
  let next = anchor;
  for (const mean of [...c.path].reverse()) {
    const levels = [...next];
    const target = Math.round(mean * levels.length);
    let total = sumOf(levels);
    while (total > target) {
      const i = Math.floor(rng() * levels.length);
      if (levels[i]! === 0) continue;
      levels[i]! -= 1;
      total -= 1;
    }
    result.unshift(levels);
    next = levels;
  }
  return result;
}

/** Builds every demo-history cycle, whether stored or not, so the generator sequence never depends on the database. */
function buildAll(def: FrameworkDefinition, frameworkVersionId: number, people: { secretariat: string | null; focalKe: string | null }) {
  return demoCountries.flatMap((c) => {
    const levels = levelsFor(c, def.capabilities.length);
    const rng = rngFor(`demo-rows-${c.iso2}`);
    const last = c.years.length - 1;
    return c.years.map((year, k): CycleRows => {
      const fromEnd = last - k; // 0 = the latest cycle
      const na = c.notApplicable && k < c.notApplicable.cycles ? c.notApplicable : null;
      return buildCycleRows(
        def,
        {
          id: demoCycleId(c.iso2, year),
          countryIso2: c.iso2,
          title: `${c.title} ${year}`,
          year,
          frameworkVersionId,
          baselineId: k > 0 ? demoCycleId(c.iso2, c.years[k - 1]!) : null,
          levels: def.capabilities.map((cap, i) => (na?.capability === cap.key ? null : (levels[k]?.[i] ?? 0))),
          naReason: na?.reason,
          agencies: c.agencies,
          confidenceShift: -0.1 + (0.3 * k) / Math.max(1, last),
          evidence: fromEnd < (c.evidenceCycles ?? 1) ? [0, 2] : null,
          audiences: c.share && fromEnd < c.share.cycles ? c.share.audiences : [],
          countryUserId: c.iso2 === "KE" ? people.focalKe : null,
          validatedBy: people.secretariat,
          label: "Demo",
        },
        rng,
      );
    });
  });
}

/** Inserts the demo-history cycles that do not exist yet; returns how many were created. */
export async function seedDemoHistory(db: Db): Promise<number> {
  const framework = await getCurrentFramework(db);
  if (!framework) return 0;
  const byEmail = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? null;
  const all = buildAll(framework.definition, framework.id, {
    secretariat: await byEmail("secretariat@demo.mnr.example"),
    focalKe: await byEmail("focal.point@demo.mnr.example"),
  });
  const ids = all.map((c) => c.assessment.id);
  const existing = new Set((await db.select({ id: assessments.id }).from(assessments).where(inArray(assessments.id, ids))).map((r) => r.id));
  const missing = all.filter((c) => !existing.has(c.assessment.id));
  if (missing.length) await db.transaction((tx) => insertCycles(tx, missing));
  return missing.length;
}
