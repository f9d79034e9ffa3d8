import type { FrameworkDefinition } from "@/lib/framework/schema";
import { contributionId, scoreCycle } from "./cycles";
import type { GroupDecision } from "./suppress";
import type { CapabilityFigure, CountryCycle, DomainFigure } from "./types";

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

/** The value each contributing member gave to one figure: its answering members, no others. */
export interface FigureValues {
  key: string;
  number: number;
  /** The capability's domain; null for a domain figure. */
  domain: string | null;
  /** One entry per member that gave a value, keyed by contribution (see contributionId). */
  values: { member: string; value: number }[];
}

/**
 * Per capability, the level of each member that gave one (not assessed and not applicable give
 * none). The disclosure plan protects exactly these members, and the figure counts exactly
 * these values: both read them here, so the two cannot drift apart.
 */
export function capabilityValues(def: FrameworkDefinition, members: readonly CountryCycle[]): FigureValues[] {
  const read = members.map((m) => ({ member: contributionId(m), values: valuesOf(m).capabilities }));
  return [...def.capabilities]
    .sort((a, b) => a.number - b.number)
    .map((c) => ({ key: c.key, number: c.number, domain: c.domain, values: pick(read, c.key) }));
}

/** Per domain, the score (0-100) of each member that has one. */
export function domainValues(def: FrameworkDefinition, members: readonly CountryCycle[]): FigureValues[] {
  const read = members.map((m) => ({ member: contributionId(m), values: valuesOf(m).domains }));
  return [...def.domains]
    .sort((a, b) => a.number - b.number)
    .map((d) => ({ key: d.key, number: d.number, domain: null, values: pick(read, d.key) }));
}

function pick(read: readonly { member: string; values: ReadonlyMap<string, number | null> }[], key: string) {
  return read.flatMap(({ member, values }) => {
    const value = values.get(key) ?? null;
    return value === null ? [] : [{ member, value }];
  });
}

const indexed = new WeakMap<CountryCycle, { capabilities: Map<string, number | null>; domains: Map<string, number | null> }>();

/** A cycle's levels and domain scores by key, read once: the plan reads every cycle many times. */
function valuesOf(cycle: CountryCycle) {
  let found = indexed.get(cycle);
  if (!found) {
    const score = scoreCycle(cycle);
    found = {
      capabilities: new Map(score.capabilities.map((c) => [c.key, c.current])),
      domains: new Map(score.domains.map((d) => [d.key, d.score.value])),
    };
    indexed.set(cycle, found);
  }
  return found;
}

/** Decisions for the figures of one shown group, by figure key; made by the plan (figure-plan.ts). */
export type FigureDecisions = ReadonlyMap<string, GroupDecision>;

/**
 * Level counts per capability for one shown group, over the members that gave a level. Shown
 * only where the plan decided so for this figure's own answering members, which may be fewer
 * than the group's; a figure without a decision is withheld, so a gap in the plan hides.
 */
export function describeCapabilities(def: FrameworkDefinition, members: readonly CountryCycle[], decisions: FigureDecisions): CapabilityFigure[] {
  const levels = scaleValues(def);
  return capabilityValues(def, members).map(({ key, number, domain, values }): CapabilityFigure => {
    const head = { key, number, domain: domain! };
    const decision = decisions.get(key);
    if (!decision?.shown) return { ...head, shown: false, reason: decision?.reason ?? "tooFew" };
    const v = values.map((x) => x.value);
    const distribution = levels.map((l) => v.filter((x) => x === l).length);
    return { ...head, shown: true, assessed: v.length, distribution, median: medianOf(v)! };
  });
}

/** Domain score bands for one shown group, over the members that have a score, as decided by the plan. */
export function describeDomains(def: FrameworkDefinition, members: readonly CountryCycle[], decisions: FigureDecisions): DomainFigure[] {
  return domainValues(def, members).map(({ key, number, values }): DomainFigure => {
    const head = { key, number };
    const decision = decisions.get(key);
    if (!decision?.shown) return { ...head, shown: false, reason: decision?.reason ?? "tooFew" };
    const v = values.map((x) => x.value);
    const distribution = SCORE_BANDS.map((_, i) => v.filter((x) => bandOf(x) === i).length);
    return { ...head, shown: true, scored: v.length, distribution, median: medianOf(v)! };
  });
}
