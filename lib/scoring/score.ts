import type { Capability, FrameworkDefinition } from "@/lib/framework/schema";
import { scoreEvidence, summariseEvidence } from "./evidence";
import { averageOf, clampLevel, indexAnswers, placeOnScale, readScale, roundTo, type ScaleRange } from "./scale";
import type { AnswerInput, AssessmentScore, CapabilityScore, Score } from "./types";

/**
 * Scoring method "mnr-score-1", written for the MNR Maturity Model, framework version 2022.1
 * (levels 0 "not in place" to 4 "Maturity"), but reading the scale from the definition.
 *
 * 1. A level becomes points on a straight line over the framework's own scale:
 *    points = (level - lowest level) / (highest level - lowest level) x 100.
 *    On the 2022.1 scale that is 0, 25, 50, 75, 100.
 * 2. "Not assessed" is left out of every average; it shows up as lower completeness instead,
 *    so an unfinished assessment is not mistaken for a weak one.
 * 3. "Not applicable" is left out of the averages and out of completeness: the capability
 *    is simply not part of that country's picture.
 * 4. A domain's score is the plain mean of the points of its assessed capabilities.
 * 5. The overall score is the plain mean of the domain scores that have a value. Domains
 *    weigh the same whatever their size: the MNR presents its six domains as equal parts of
 *    one response, and a per-capability mean would let the four-capability domains outvote
 *    Media and Communications (two capabilities) twice over.
 * 6. Rounding (1 decimal) is applied only to the figures reported; the overall score is
 *    computed from unrounded domain means.
 */
export const SCORING_METHOD = "mnr-score-1";

export function scoreAssessment(def: FrameworkDefinition, answers: readonly AnswerInput[]): AssessmentScore {
  const scale = readScale(def);
  const byKey = indexAnswers(def, answers);
  const capabilities = def.capabilities.map((c) => scoreCapability(c, byKey.get(c.key), scale));

  const domains = def.domains.map((d) => {
    const inDomain = capabilities.filter((c) => c.domain === d.key);
    const mean = averageOf(pointsOf(inDomain, scale));
    return { key: d.key, number: d.number, mean, score: summarise(inDomain, mean) };
  });
  const overallMean = averageOf(domains.flatMap((d) => (d.mean === null ? [] : [d.mean])));

  return {
    frameworkVersion: def.version,
    method: SCORING_METHOD,
    overall: summarise(capabilities, overallMean),
    domains: domains.map(({ key, number, score }) => ({ key, number, score })),
    capabilities,
  };
}

/** A capability without an answer is treated exactly like one answered "not assessed". */
function scoreCapability(c: Capability, answer: AnswerInput | undefined, scale: ScaleRange): CapabilityScore {
  const notApplicable = answer?.notApplicable ?? false;
  // Not applicable wins over any level left behind from before the capability was set aside.
  const current = notApplicable ? null : clampLevel(answer?.level ?? null, scale);
  const target = notApplicable ? null : clampLevel(answer?.targetLevel ?? null, scale);
  // A target at or below the current level is "nothing left to do", never a negative gap.
  const gap = current !== null && target !== null ? Math.max(0, target - current) : null;
  return {
    key: c.key,
    domain: c.domain,
    number: c.number,
    current,
    target,
    gap,
    notApplicable,
    evidence: current !== null && answer ? scoreEvidence(answer) : 0,
    value: current === null ? null : roundTo(placeOnScale(current, scale), 1),
  };
}

/** Unrounded points of the assessed capabilities, so averages are not built on rounded parts. */
function pointsOf(capabilities: readonly CapabilityScore[], scale: ScaleRange): number[] {
  return capabilities.flatMap((c) => (c.current === null ? [] : [placeOnScale(c.current, scale)]));
}

function summarise(capabilities: readonly CapabilityScore[], mean: number | null): Score {
  const assessed = capabilities.filter((c) => c.current !== null);
  const notApplicable = capabilities.filter((c) => c.notApplicable).length;
  const applicable = capabilities.length - notApplicable;
  return {
    value: mean === null ? null : roundTo(mean, 1),
    assessed: assessed.length,
    notApplicable,
    total: capabilities.length,
    // With nothing applicable there is nothing left to assess, so the scope counts as complete.
    completeness: applicable === 0 ? 1 : assessed.length / applicable,
    // Evidence is about how well each answer is backed up, so every assessed answer counts once.
    evidence: summariseEvidence(assessed.map((c) => c.evidence)),
  };
}
