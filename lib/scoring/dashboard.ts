import type { FrameworkDefinition } from "@/lib/framework/schema";
import { compareCycles, isComparable, type CycleComparison } from "./compare";
import { prioritiseGaps, type PrioritisedGap } from "./gaps";
import { scoreAssessment } from "./score";
import type { AnswerInput, AssessmentScore } from "./types";

/** One cycle of one country, as the dashboard needs it: its framework and its answers. */
export interface CycleInput {
  id: string;
  period: string;
  status: string;
  def: FrameworkDefinition;
  answers: readonly AnswerInput[];
}

export interface TrendPoint {
  id: string;
  period: string;
  overall: number | null;
  domains: Record<string, number | null>;
  completeness: number;
  /** false when this cycle cannot be compared with the one shown (different framework, no mapping). */
  comparable: boolean;
}

export interface Dashboard {
  current: AssessmentScore;
  /** What the domain scores would be if every target were reached (current level where no target is set). */
  target: AssessmentScore;
  previous: { id: string; period: string; score: AssessmentScore } | null;
  comparison: CycleComparison;
  trend: TrendPoint[];
  gaps: PrioritisedGap[];
}

/** Cycles in time order: by period, then by id so equal periods keep one order. */
export function orderCycles<T extends { period: string; id: string }>(cycles: readonly T[]): T[] {
  return [...cycles].sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id));
}

/**
 * Everything the country dashboard shows for one cycle, computed once on the server so the
 * charts only draw. The previous cycle is the latest validated one before it; the trend holds
 * the validated cycles and the one shown.
 */
export function buildDashboard(currentId: string, cycles: readonly CycleInput[]): Dashboard {
  const ordered = orderCycles(cycles);
  const index = ordered.findIndex((c) => c.id === currentId);
  if (index < 0) throw new Error(`cycle ${currentId} is not among the cycles given`);
  const cur = ordered[index]!;
  const current = scoreAssessment(cur.def, cur.answers);
  const target = scoreAssessment(
    cur.def,
    cur.answers.map((a) => ({ ...a, level: a.targetLevel ?? a.level })),
  );
  const prev = ordered.slice(0, index).reverse().find((c) => c.status === "validated") ?? null;
  const previous = prev ? { id: prev.id, period: prev.period, score: scoreAssessment(prev.def, prev.answers) } : null;
  const trend = ordered
    .filter((c) => c.status === "validated" || c.id === currentId)
    .map((c) => {
      const s = c.id === currentId ? current : scoreAssessment(c.def, c.answers);
      return {
        id: c.id,
        period: c.period,
        overall: s.overall.value,
        domains: Object.fromEntries(s.domains.map((d) => [d.key, d.score.value])),
        completeness: s.overall.completeness,
        comparable: isComparable(c.def.version, cur.def.version),
      };
    });
  return {
    current,
    target,
    previous,
    comparison: compareCycles(current, previous?.score ?? null),
    trend,
    gaps: prioritiseGaps(cur.def, cur.answers),
  };
}
