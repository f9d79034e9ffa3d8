import { asc, eq } from "drizzle-orm";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { Db } from "../client";
import { getCurrentFramework } from "../queries/frameworks";
import { assessments, countries, users } from "../schema";
import { buildCycleRows, insertCycles, levelsAlong, randomOffsets, rngFor, type Audience, type CycleRows } from "./cycle-rows";

// Benchmark data (npm run db:seed -- --synthetic): every country without an assessment gets
// `cycles` validated cycles (ids syn-<iso2>-<year>). Each country draws from its own seeded
// generator, so its rows are the same on every run whichever other countries are present.

export interface SyntheticOptions {
  cycles?: number;
  firstYear?: number;
}

export interface SyntheticResult {
  countries: number;
  assessments: number;
  answers: number;
}

const agencies = ["National child protection council", "Police cybercrime unit", "Ministry of Social Welfare", "Ministry of Education", "Communications regulator"];
// About 20 countries (200 cycles, 4,200 answers) per transaction: few round trips, bounded memory.
const countriesPerTransaction = 20;

interface Country {
  iso2: string;
  name: string;
  /** Position in iso2 order among all countries: decides sharing independently of what exists. */
  index: number;
}

function syntheticCycles(def: FrameworkDefinition, frameworkVersionId: number, c: Country, options: Required<SyntheticOptions>, validatedBy: string | null): CycleRows[] {
  const rng = rngFor(`syn-${c.iso2}`);
  const start = 0.2 + rng() * 2.2;
  const shape = rng(); // most improve, some stay flat, some slide, a few jump once
  const step = shape < 0.6 ? 0.05 + rng() * 0.2 : shape < 0.8 ? 0 : shape < 0.92 ? -(0.05 + rng() * 0.1) : 0.03;
  const jumpAt = shape >= 0.92 ? 1 + Math.floor(rng() * Math.max(1, options.cycles - 1)) : Infinity;
  const path = Array.from({ length: options.cycles }, (_, k) => Math.min(3.6, Math.max(0.1, start + step * k + (k >= jumpAt ? 1.2 : 0))));
  const levels = levelsAlong(rng, path, randomOffsets(rng, def.capabilities.length));
  const audiences: Audience[] = c.index % 2 !== 0 ? [] : c.index % 4 === 0 ? ["advisory", "ngo"] : ["advisory"];
  const id = (k: number) => `syn-${c.iso2.toLowerCase()}-${options.firstYear + k}`;
  return path.map((_, k) =>
    buildCycleRows(
      def,
      {
        id: id(k),
        countryIso2: c.iso2,
        title: `${c.name} synthetic assessment ${options.firstYear + k}`,
        year: options.firstYear + k,
        frameworkVersionId,
        baselineId: k > 0 ? id(k - 1) : null,
        levels: def.capabilities.map((_cap, i) => (rng() < 0.02 ? null : (levels[k]?.[i] ?? 0))),
        agencies,
        confidenceShift: (rng() - 0.5) * 0.4,
        evidence: k === options.cycles - 1 ? [1, 1] : null,
        audiences,
        countryUserId: null,
        validatedBy,
        label: "Synthetic",
      },
      rng,
    ),
  );
}

/** Fills every country that has no assessment yet with `cycles` validated cycles; a rerun adds nothing. */
export async function seedSynthetic(db: Db, { cycles = 10, firstYear = 2016 }: SyntheticOptions = {}): Promise<SyntheticResult> {
  const result: SyntheticResult = { countries: 0, assessments: 0, answers: 0 };
  const framework = await getCurrentFramework(db);
  if (!framework || cycles < 1) return result;
  const all = await db.select({ iso2: countries.iso2, name: countries.name }).from(countries).orderBy(asc(countries.iso2));
  const taken = new Set((await db.selectDistinct({ iso2: assessments.countryIso2 }).from(assessments)).map((r) => r.iso2));
  const todo = all.map((c, index) => ({ ...c, index })).filter((c) => !taken.has(c.iso2));
  const [secretariat] = await db.select({ id: users.id }).from(users).where(eq(users.email, "secretariat@demo.mnr.example"));
  for (let i = 0; i < todo.length; i += countriesPerTransaction) {
    const batch = todo.slice(i, i + countriesPerTransaction);
    const rows = batch.flatMap((c) => syntheticCycles(framework.definition, framework.id, c, { cycles, firstYear }, secretariat?.id ?? null));
    await db.transaction((tx) => insertCycles(tx, rows));
    result.countries += batch.length;
    result.assessments += rows.length;
    result.answers += rows.reduce((n, r) => n + r.answers.length, 0);
  }
  return result;
}
