import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { AnswerInput } from "./types";

export interface ScaleRange {
  min: number;
  max: number;
}

/**
 * The ends of the framework's own scale. Scores are placed between these ends rather than
 * assuming 0..4 (MNR 2022.1), so a later version with another scale needs no code change.
 */
export function readScale(def: FrameworkDefinition): ScaleRange {
  const values = def.scale.levels.map((l) => l.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (!(max > min)) throw new RangeError("the scale needs at least two distinct level values");
  return { min, max };
}

/**
 * Stored levels should already be valid; clamping is a last guard so that one bad value can
 * never push a score outside 0-100. Anything that is not a finite number counts as unassessed.
 */
export function clampLevel(level: number | null, scale: ScaleRange): number | null {
  if (level === null || !Number.isFinite(level)) return null;
  return Math.min(scale.max, Math.max(scale.min, level));
}

/** Linear: the lowest level is 0 points, the highest 100, the others evenly in between. */
export function placeOnScale(level: number, scale: ScaleRange): number {
  return ((level - scale.min) / (scale.max - scale.min)) * 100;
}

/** Rounds half up; adding 0 turns a negative zero into a plain zero for display and equality. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

export function averageOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Answers by capability key. Keys the framework does not know are dropped (an answer kept from
 * another version must not leak in). Two answers for one capability are refused rather than
 * resolved, because any rule for picking one would depend on the order they arrived in.
 */
export function indexAnswers(def: FrameworkDefinition, answers: readonly AnswerInput[]): Map<string, AnswerInput> {
  const known = new Set(def.capabilities.map((c) => c.key));
  const byKey = new Map<string, AnswerInput>();
  for (const a of answers) {
    if (!known.has(a.capabilityKey)) continue;
    if (byKey.has(a.capabilityKey)) throw new Error(`more than one answer for capability "${a.capabilityKey}"`);
    byKey.set(a.capabilityKey, a);
  }
  return byKey;
}
