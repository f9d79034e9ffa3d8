import type { FrameworkDefinition } from "@/lib/framework/schema";
import { roundTo } from "./scale";
import { scoreAssessment } from "./score";
import type { AnswerInput } from "./types";

export interface PrioritisedGap {
  key: string;
  number: number;
  domain: string;
  current: number;
  target: number;
  /** Levels still to climb: target - current, always above 0 here. */
  gap: number;
  /** Capabilities that list this one as "requires", in capability-number order. */
  dependents: string[];
  /** gap + DEPENDENT_WEIGHT x number of dependents. */
  priority: number;
}

/**
 * Half a level per dependent (method "mnr-score-1", MNR 2022.1): a capability others build on
 * (e.g. Legislation, needed first by Access to Image Databases and the CSEA Hotline) deserves
 * attention sooner, but being a prerequisite should not count as much as a whole level missing.
 */
export const DEPENDENT_WEIGHT = 0.5;

/**
 * The capabilities still short of their target, most pressing first:
 * 1. larger gap first;
 * 2. on equal gaps, more dependents first (only "requires" links count; "supports" links
 *    are context, and dependents count whatever their own level, to keep the rule simple);
 * 3. then by capability number.
 * The order depends only on the framework and the answers' content, never on answer order.
 * Not-applicable, unassessed and target-less capabilities have no gap and are left out.
 */
export function prioritiseGaps(def: FrameworkDefinition, answers: readonly AnswerInput[]): PrioritisedGap[] {
  const dependents = collectDependents(def);
  const gaps: PrioritisedGap[] = [];
  for (const c of scoreAssessment(def, answers).capabilities) {
    if (c.gap === null || c.gap <= 0 || c.current === null || c.target === null) continue;
    const needed = dependents.get(c.key) ?? [];
    gaps.push({
      key: c.key,
      number: c.number,
      domain: c.domain,
      current: c.current,
      target: c.target,
      gap: c.gap,
      dependents: needed,
      priority: roundTo(c.gap + DEPENDENT_WEIGHT * needed.length, 1),
    });
  }
  return gaps.sort(
    (a, b) => b.gap - a.gap || b.dependents.length - a.dependents.length || a.number - b.number || compareKeys(a.key, b.key),
  );
}

/** Capability key -> keys of the capabilities that require it, in framework (number) order. */
function collectDependents(def: FrameworkDefinition): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  const ordered = [...def.capabilities].sort((a, b) => a.number - b.number || compareKeys(a.key, b.key));
  for (const c of ordered) {
    for (const p of c.prerequisites) {
      if (p.kind !== "requires") continue;
      const list = byKey.get(p.capability) ?? [];
      if (!list.includes(c.key)) list.push(c.key);
      byKey.set(p.capability, list);
    }
  }
  return byKey;
}

/** Plain code-unit order, so the result does not depend on the server's locale. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
