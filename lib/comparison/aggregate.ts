import type { FrameworkDefinition } from "@/lib/framework/schema";
import { describeCapabilities, describeDomains, scaleValues, SCORE_BANDS } from "./figures";
import { planDisclosure, snapshotAt, type DisclosurePlan, type PlannedGroup } from "./plan";
import { DEFAULT_MIN_GROUP_SIZE } from "./suppress";
import type { CapabilityFigure, CountryCycle, DomainFigure, GroupFamily, HiddenReason } from "./types";

/** A hidden group carries its size and the reason only: no figure about any member. */
export type AggregateGroup =
  | {
      key: string;
      family: GroupFamily;
      label: string | null;
      countries: number;
      shown: true;
      capabilities: CapabilityFigure[];
      domains: DomainFigure[];
    }
  | { key: string; family: GroupFamily; label: string | null; countries: number; shown: false; reason: HiddenReason };

export interface AggregateResult {
  /** The period asked for, as given; null for "latest". */
  upTo: string | null;
  /** First year of the latest cycles included; null when nothing was validated by then. */
  snapshotYear: number | null;
  frameworkVersion: string | null;
  /** Level values, lowest first: `distribution[i]` counts countries at `levels[i]`. */
  levels: number[];
  /** Domain score bands: `distribution[i]` counts countries in `bands[i]`. */
  bands: { from: number; to: number }[];
  minGroupSize: number;
  /** Countries whose latest cycle uses a framework version not comparable with `frameworkVersion`. */
  leftOutOtherVersion: number;
  /** In order of the stored region or income-group name: never by any figure. */
  groups: AggregateGroup[];
}

export interface AggregateOptions {
  by: GroupFamily;
  upTo?: string;
  minGroupSize?: number;
}

/**
 * Anonymous figures over all validated cycles (shared or not) for all countries, each region
 * or each income group, at one period. What is shown follows one plan for every group and
 * every year (see plan.ts), so figures from different calls cannot be subtracted either.
 */
export function aggregate(cycles: readonly CountryCycle[], options: AggregateOptions): AggregateResult {
  const plan = planDisclosure(cycles, options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  return describeSnapshot(plan, options.by, options.upTo);
}

/**
 * The same groups at several periods, in the order given, for trend charts. A period whose
 * group differs from the same group at another shown period by a few cycles (a country that
 * arrived, or one that replaced its cycle) is hidden as "complementary".
 */
export function aggregateOverTime(
  cycles: readonly CountryCycle[],
  options: { by: GroupFamily; periods: readonly string[]; minGroupSize?: number },
): AggregateResult[] {
  const plan = planDisclosure(cycles, options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  return options.periods.map((period) => describeSnapshot(plan, options.by, period));
}

export function describeSnapshot(plan: DisclosurePlan, by: GroupFamily, upTo?: string): AggregateResult {
  const snapshot = snapshotAt(plan, upTo);
  const def = snapshot.def;
  const groups = snapshot.groups
    .filter((g) => g.family === by)
    .sort((a, b) => (a.label ?? "").localeCompare(b.label ?? "", "en"))
    .map((g) => describeGroup(g, def));
  return {
    upTo: upTo ?? null,
    snapshotYear: snapshot.year,
    frameworkVersion: def?.version ?? null,
    levels: def ? scaleValues(def) : [],
    bands: SCORE_BANDS.map((b) => ({ ...b })),
    minGroupSize: plan.minGroupSize,
    leftOutOtherVersion: snapshot.leftOut,
    groups,
  };
}

export function describeGroup(g: PlannedGroup, def: FrameworkDefinition | null): AggregateGroup {
  const head = { key: g.key, family: g.family, label: g.label, countries: g.members.length };
  if (!g.decision.shown) return { ...head, shown: false, reason: g.decision.reason };
  // A shown group always has members, and so a framework; the guard is for the type only.
  if (def === null) return { ...head, shown: false, reason: "tooFew" };
  return {
    ...head,
    shown: true,
    capabilities: describeCapabilities(def, g.members, g.figures.capabilities),
    domains: describeDomains(def, g.members, g.figures.domains),
  };
}
