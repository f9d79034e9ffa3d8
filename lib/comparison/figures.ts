import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { AssessmentScore } from "@/lib/scoring";
import type { CapabilityFigure, DomainFigure } from "./types";

/**
 * Bands for domain scores (0-100). Each band runs from `from` up to, not including, `to`; the
 * last one includes 100. Bands rather than exact scores, so a chart of a group reads as a
 * spread and no single country's score stands out.
 */
export const SCORE_BANDS: readonly { from: number; to: number }[] = [
  { from: 0, to: 20 },
  { from: 20, to: 40 },
  { from: 40, to: 60 },
  { from: 60, to: 80 },
  { from: 80, to: 100 },
];

/** Middle value; with an even count, halfway between the two middle ones. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(median * 10) / 10 + 0;
}

export function scaleValues(def: FrameworkDefinition): number[] {
  return def.scale.levels.map((l) => l.value).sort((a, b) => a - b);
}

export function bandOf(score: number): number {
  const index = SCORE_BANDS.findIndex((b) => score < b.to);
  return index < 0 ? SCORE_BANDS.length - 1 : index;
}

/**
 * Level counts per capability for one shown group. A capability counts only the countries that
 * gave it a level, so it is withheld ("tooFew") when fewer than the minimum did. It needs no
 * further check against other figures: any sum or difference of these counts covers the same
 * countries as the sum or difference of the groups themselves, which the plan keeps at the
 * minimum or above, and it does not say which of those countries gave which level.
 */
export function describeCapabilities(
  def: FrameworkDefinition,
  scores: readonly AssessmentScore[],
  minGroupSize: number,
): CapabilityFigure[] {
  const levels = scaleValues(def);
  return [...def.capabilities]
    .sort((a, b) => a.number - b.number)
    .map((c): CapabilityFigure => {
      const head = { key: c.key, number: c.number, domain: c.domain };
      const values = scores.flatMap((s) => {
        const level = s.capabilities.find((x) => x.key === c.key)?.current ?? null;
        return level === null ? [] : [level];
      });
      if (values.length < minGroupSize) return { ...head, shown: false, reason: "tooFew" };
      const distribution = levels.map((l) => values.filter((v) => v === l).length);
      return { ...head, shown: true, assessed: values.length, distribution, median: medianOf(values)! };
    });
}

/** Domain score bands for one shown group; withheld when fewer than the minimum have a score. */
export function describeDomains(
  def: FrameworkDefinition,
  scores: readonly AssessmentScore[],
  minGroupSize: number,
): DomainFigure[] {
  return [...def.domains]
    .sort((a, b) => a.number - b.number)
    .map((d): DomainFigure => {
      const head = { key: d.key, number: d.number };
      const values = scores.flatMap((s) => {
        const value = s.domains.find((x) => x.key === d.key)?.score.value ?? null;
        return value === null ? [] : [value];
      });
      if (values.length < minGroupSize) return { ...head, shown: false, reason: "tooFew" };
      const distribution = SCORE_BANDS.map((_, i) => values.filter((v) => bandOf(v) === i).length);
      return { ...head, shown: true, scored: values.length, distribution, median: medianOf(values)! };
    });
}
