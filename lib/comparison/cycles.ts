import { scoreAssessment, type AssessmentScore } from "@/lib/scoring";
import type { CountryCycle } from "./types";

export interface PeriodYears {
  start: number;
  end: number;
}

const PERIOD = /^(\d{4})(?:-(\d{2}|\d{4}))?$/;

/** "2024" -> 2024..2024; "2023-2024" and "2023-24" -> 2023..2024. Anything else is refused. */
export function readPeriod(period: string): PeriodYears {
  const match = PERIOD.exec(period.trim());
  if (!match) throw new RangeError(`"${period}" is not a period such as 2024 or 2023-2024`);
  const start = Number(match[1]);
  const tail = match[2];
  let end = start;
  if (tail !== undefined) end = tail.length === 2 ? Math.floor(start / 100) * 100 + Number(tail) : Number(tail);
  if (end < start) throw new RangeError(`period "${period}" ends before it starts`);
  return { start, end };
}

/** Time order: by first year (the rule for "up to"), then by last year, then by the text itself. */
export function comparePeriods(a: string, b: string): number {
  const pa = readPeriod(a);
  const pb = readPeriod(b);
  return pa.start - pb.start || pa.end - pb.end || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The identity of one contribution to a figure: a country's answers in one cycle. Figures are
 * protected per contribution, not per country, because a country that replaces its 2023 cycle
 * by a 2024 one changes the figures as much as a country that arrives.
 */
export function contributionId(cycle: Pick<CountryCycle, "countryIso2" | "period">): string {
  return `${cycle.countryIso2}@${cycle.period}`;
}

/**
 * Two validated cycles of one country for the same period are refused rather than resolved:
 * which one counts would otherwise depend on the order the caller happened to load them.
 */
export function assertOneCyclePerPeriod(cycles: readonly CountryCycle[]): void {
  const seen = new Set<string>();
  for (const c of cycles) {
    const id = contributionId(c);
    if (seen.has(id)) throw new Error(`more than one validated cycle for ${c.countryIso2} in period ${c.period}`);
    seen.add(id);
  }
}

/**
 * One cycle per country: its latest validated cycle whose period starts at or before `upTo`
 * (every cycle when `upTo` is absent). Ordered by country code so the output never depends on
 * the input order.
 */
export function latestPerCountry(cycles: readonly CountryCycle[], options: { upTo?: string } = {}): CountryCycle[] {
  assertOneCyclePerPeriod(cycles);
  const limit = options.upTo === undefined ? Infinity : readPeriod(options.upTo).start;
  const latest = new Map<string, CountryCycle>();
  for (const c of cycles) {
    if (readPeriod(c.period).start > limit) continue;
    const kept = latest.get(c.countryIso2);
    if (!kept || comparePeriods(c.period, kept.period) > 0) latest.set(c.countryIso2, c);
  }
  return [...latest.values()].sort((a, b) => (a.countryIso2 < b.countryIso2 ? -1 : 1));
}

const scores = new WeakMap<CountryCycle, AssessmentScore>();

/** Scores a cycle once: the plan, the named view and the patterns all read the same cycles. */
export function scoreCycle(cycle: CountryCycle): AssessmentScore {
  let score = scores.get(cycle);
  if (!score) {
    score = scoreAssessment(cycle.def, cycle.answers);
    scores.set(cycle, score);
  }
  return score;
}
