import "server-only";
import { getDb } from "@/db/client";
import { getComparisonStamp, loadValidatedCycles } from "@/db/queries/comparison";
import type { CountryCycle } from "@/lib/comparison";
import { readEnv } from "@/lib/env";

// Cross-country results are costly (the disclosure plan weighs every group against every
// other) and change only when a cycle is validated, reopened or its consent changes. They are
// kept per data fingerprint: a stale entry can never be served, because a change to the data
// changes the fingerprint, and any instance recomputes what it has not seen.
const results = new Map<string, unknown>();
const limit = 200;

export async function loadComparison() {
  const db = await getDb();
  const stamp = await getComparisonStamp(db);
  const cycles = await loadValidatedCycles(db, stamp);
  const minGroupSize = readEnv().MIN_GROUP_SIZE;
  function memo<T>(key: string, compute: (cycles: readonly CountryCycle[]) => T): T {
    const full = `${stamp}#${minGroupSize}#${key}`;
    if (results.has(full)) return results.get(full) as T;
    const value = compute(cycles);
    if (results.size >= limit) results.delete(results.keys().next().value!);
    results.set(full, value);
    return value;
  }
  return { cycles, minGroupSize, memo };
}

/** A period filter from the query string: a four-digit year, or none (latest). */
export const readUpTo = (raw: string | null | undefined) => (raw && /^\d{4}$/.test(raw) ? raw : undefined);

/** The years that have validated cycles, newest first, for the period picker. */
export const yearsOf = (cycles: readonly CountryCycle[]) => [...new Set(cycles.map((c) => c.period.slice(0, 4)))].sort().reverse();
