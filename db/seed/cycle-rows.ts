import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { Db } from "../client";
import { assessments, capabilityAnswers, enablerAnswers, evidenceRefs, shareGrants } from "../schema";

// Row builders shared by the demo history and the synthetic benchmark data. Everything
// random comes from a seeded generator, so the same seed gives the same rows on every run.

export type Rng = () => number;
export type Audience = "advisory" | "ngo" | "public";

/** mulberry32: a tiny, fast 32-bit generator; plenty for plausible-looking demo data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded from a text (FNV-1a), so each country's data is independent of the others. */
export function rngFor(text: string): Rng {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mulberry32(h);
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const clampLevel = (n: number) => Math.max(0, Math.min(4, Math.round(n)));

/**
 * Levels per cycle and capability that follow `path` (the mean level wanted per cycle).
 * A capability keeps its offset from the mean across cycles, so its own line is coherent.
 */
export function levelsAlong(rng: Rng, path: number[], offsets: number[]): number[][] {
  return path.map((mean) => offsets.map((o) => clampLevel(mean + o + (rng() - 0.5) * 0.6)));
}

export const randomOffsets = (rng: Rng, count: number) => Array.from({ length: count }, () => (rng() - 0.5) * 2);

export interface CycleSpec {
  id: string;
  countryIso2: string;
  title: string;
  year: number;
  frameworkVersionId: number;
  baselineId: string | null;
  /** One per capability in definition order; null marks the capability not applicable. */
  levels: (number | null)[];
  naReason?: string;
  /** Lead agencies: coordination, criminal justice, victim support, society (education), industry and media. */
  agencies: readonly string[];
  /** Added to the confidence roll: positive makes "high" likelier (evidence grows with practice). */
  confidenceShift?: number;
  /** Evidence references per capability: [min, max], or null for none. */
  evidence: readonly [number, number] | null;
  audiences: readonly Audience[];
  /** The country's user who created and submitted the cycle, if any. */
  countryUserId: string | null;
  validatedBy: string | null;
  label: "Demo" | "Synthetic";
}

const agencyByDomain: Record<string, number> = { "policy-governance": 0, "criminal-justice": 1, victim: 2, societal: 3, industry: 4, "media-communications": 4 };
const evidenceKinds = ["Annual report", "Standard operating procedures", "Evaluation report", "Budget extract", "Training records", "Policy statement"];
const sensitivities = ["public", "public", "public", "internal", "internal", "restricted"] as const;
const reasonings = [
  (l: string, y: number) => `${l}: the lead agency's ${y} annual review describes this level.`,
  (l: string) => `${l}, confirmed at the national validation workshop.`,
  (l: string, y: number) => `${l}; further progress depends on funding promised for ${y + 1}.`,
];

export function buildCycleRows(def: FrameworkDefinition, spec: CycleSpec, rng: Rng) {
  const { id, year, label } = spec;
  const at = (md: string) => new Date(`${year}-${md}Z`);
  const submittedAt = at("09-20T09:00:00");
  const validatedAt = at("11-15T10:00:00");
  const levelLabel = new Map(def.scale.levels.map((l) => [l.value, l.label]));
  const answers: (typeof capabilityAnswers.$inferInsert)[] = [];
  const evidence: (typeof evidenceRefs.$inferInsert)[] = [];
  def.capabilities.forEach((cap, i) => {
    const level = spec.levels[i] ?? null;
    const agency = spec.agencies[agencyByDomain[cap.domain] ?? 0] ?? "";
    const confidenceRoll = rng() + (spec.confidenceShift ?? 0);
    answers.push({
      assessmentId: id,
      capabilityKey: cap.key,
      level,
      notApplicable: level === null,
      notApplicableReason: level === null ? spec.naReason ?? `${label} reason: not relevant in this country.` : null,
      reasoning: level === null ? "" : `${label} answer: ${pick(rng, reasonings)(levelLabel.get(level) ?? String(level), year)}`,
      confidence: level === null ? null : confidenceRoll < 0.3 ? "low" : confidenceRoll < 0.75 ? "medium" : "high",
      targetLevel: level === null ? null : Math.min(4, level + (rng() < 0.6 ? 1 : 2)),
      targetDate: level === null ? null : `${year + 2 + Math.floor(rng() * 3)}-12-31`,
      leadAgency: agency,
      version: 1,
      updatedBy: spec.countryUserId,
      updatedAt: submittedAt,
    });
    if (!spec.evidence || level === null) return;
    const [min, max] = spec.evidence;
    const count = min + Math.floor(rng() * (max - min + 1));
    for (let n = 1; n <= count; n++) {
      const sensitivity = pick(rng, sensitivities);
      evidence.push({
        id: `${id}-${cap.key}-${n}`,
        assessmentId: id,
        capabilityKey: cap.key,
        title: `${pick(rng, evidenceKinds)}: ${cap.name} (${label.toLowerCase()}, ${year})`,
        url: sensitivity === "public" ? `https://example.org/${label.toLowerCase()}/${spec.countryIso2.toLowerCase()}/${year}/${cap.key}` : null,
        issuedOn: `${year}-${String(1 + Math.floor(rng() * 8)).padStart(2, "0")}-15`,
        issuer: agency,
        sensitivity,
        createdBy: spec.countryUserId,
        createdAt: submittedAt,
      });
    }
  });
  const scored = spec.levels.filter((l): l is number => l !== null);
  const mean = scored.reduce((s, l) => s + l, 0) / Math.max(1, scored.length);
  const enablers = def.enablers.map((e) => {
    const score = mean / 4 + (rng() - 0.5) * 0.4;
    const rating = score < 0.22 ? "absent" : score < 0.6 ? "partial" : "strong";
    return { assessmentId: id, enablerKey: e.key, rating, notes: `${label} note: rated ${rating} at the ${year} review.`, updatedBy: spec.countryUserId, updatedAt: submittedAt };
  });
  const shares = spec.audiences.map((audience) => ({ id: `${id}-${audience}`, assessmentId: id, audience, grantedBy: spec.countryUserId, grantedAt: at("11-22T10:00:00") }));
  const assessment: typeof assessments.$inferInsert = {
    id,
    countryIso2: spec.countryIso2,
    frameworkVersionId: spec.frameworkVersionId,
    title: spec.title,
    period: String(year),
    status: "validated",
    baselineId: spec.baselineId,
    createdBy: spec.countryUserId,
    createdAt: at("02-10T09:00:00"),
    submittedBy: spec.countryUserId,
    submittedAt,
    validatedBy: spec.validatedBy,
    validatedAt,
    updatedAt: validatedAt,
  };
  return { assessment, answers, evidence, enablers, shares };
}

export type CycleRows = ReturnType<typeof buildCycleRows>;

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Inserts many cycles with a few large statements (PostgreSQL allows 65,535 parameters each). */
export async function insertCycles(tx: Db | Tx, cycles: CycleRows[], batchSize = 1000) {
  const inChunks = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += batchSize) await insert(rows.slice(i, i + batchSize));
  };
  await inChunks(cycles.map((c) => c.assessment), (chunk) => tx.insert(assessments).values(chunk));
  await inChunks(cycles.flatMap((c) => c.answers), (chunk) => tx.insert(capabilityAnswers).values(chunk));
  await inChunks(cycles.flatMap((c) => c.evidence), (chunk) => tx.insert(evidenceRefs).values(chunk));
  await inChunks(cycles.flatMap((c) => c.enablers), (chunk) => tx.insert(enablerAnswers).values(chunk));
  await inChunks(cycles.flatMap((c) => c.shares), (chunk) => tx.insert(shareGrants).values(chunk));
}
