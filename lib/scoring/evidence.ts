import type { AnswerInput, Confidence, EvidenceStrength, EvidenceSummary } from "./types";
import { averageOf, roundTo } from "./scale";

// Evidence strength, method "mnr-score-1" (MNR 2022.1). It says how well a level is backed
// up; it never changes the maturity score itself.

/** The assessor's stated confidence, evenly spaced so each step up is worth the same. */
export const CONFIDENCE_WEIGHTS: Readonly<Record<Confidence, number>> = { low: 1 / 3, medium: 2 / 3, high: 1 };

/**
 * With no reference or file at all, a level rests on the assessor's word alone, so it counts
 * as weakly supported at best, however confident the assessor says they are.
 */
export const UNDOCUMENTED_CAP = 1 / 3;

/**
 * Band limits (upper bounds, exclusive). Chosen so that answers all at "low" fall in weak,
 * all at "medium" with evidence in moderate, and only a mostly "high", documented set is strong.
 */
export const EVIDENCE_BANDS = { weak: 0.4, moderate: 0.7 } as const;

/** 0..1 for one answer: the confidence weight, capped when nothing is attached. */
export function scoreEvidence(answer: Pick<AnswerInput, "confidence" | "evidenceCount">): number {
  const weight = answer.confidence === null ? 0 : CONFIDENCE_WEIGHTS[answer.confidence];
  return answer.evidenceCount > 0 ? weight : Math.min(weight, UNDOCUMENTED_CAP);
}

export function classifyEvidence(value: number): EvidenceStrength {
  if (!(value > 0)) return "none";
  if (value < EVIDENCE_BANDS.weak) return "weak";
  if (value < EVIDENCE_BANDS.moderate) return "moderate";
  return "strong";
}

/**
 * Mean over the assessed capabilities given. The band is taken from the rounded value so that
 * the figure shown and its band never disagree.
 */
export function summariseEvidence(values: readonly number[]): EvidenceSummary {
  const mean = averageOf(values);
  if (mean === null) return { value: 0, strength: "none" };
  const value = roundTo(mean, 3);
  return { value, strength: classifyEvidence(value) };
}
