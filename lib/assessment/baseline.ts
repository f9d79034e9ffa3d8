import type { AnswerFields } from "./answer-fields";

export interface BaselineSource extends AnswerFields {
  capabilityKey: string;
}

/**
 * A new cycle's starting answers from the previous cycle: copied, marked as carried over
 * until someone confirms them, and limited to capabilities of the new framework version.
 */
export function copyBaseline(previous: BaselineSource[], capabilityKeys: string[], maxLevel: number) {
  const keep = new Set(capabilityKeys);
  return previous
    .filter((a) => keep.has(a.capabilityKey))
    .map((a) => ({
      capabilityKey: a.capabilityKey,
      level: a.level !== null && a.level <= maxLevel ? a.level : null,
      notApplicable: a.notApplicable,
      notApplicableReason: a.notApplicableReason,
      reasoning: a.reasoning,
      confidence: a.confidence,
      targetLevel: a.targetLevel !== null && a.targetLevel <= maxLevel ? a.targetLevel : null,
      targetDate: a.targetDate,
      leadAgency: a.leadAgency,
      carriedOver: true,
    }));
}
