import { isComparable } from "@/lib/scoring";
import { describeGroup, type AggregateGroup } from "./aggregate";
import { scoreCycle } from "./cycles";
import { planDisclosure, snapshotAt, type DisclosurePlan, type Snapshot } from "./plan";
import { DEFAULT_MIN_GROUP_SIZE } from "./suppress";
import type { CapabilityFigure, CountryCycle, DomainFigure, GroupFamily, HiddenReason } from "./types";

export type PeerGroupHeader =
  | { label: string; countries: number; shown: true }
  | { label: string; countries: number; shown: false; reason: HiddenReason | "notComparable" };

export interface CountriesLikeMine {
  countryIso2: string;
  period: string;
  frameworkVersion: string;
  /** false when the country's cycle uses a framework the groups cannot be compared with. */
  comparable: boolean;
  region: PeerGroupHeader;
  /** null when the country has no income group. */
  incomeGroup: PeerGroupHeader | null;
  /** A figure is null when there is nothing comparable to set it against. */
  capabilities: {
    key: string;
    number: number;
    domain: string;
    level: number | null;
    notApplicable: boolean;
    region: CapabilityFigure | null;
    incomeGroup: CapabilityFigure | null;
  }[];
  domains: { key: string; number: number; score: number | null; region: DomainFigure | null; incomeGroup: DomainFigure | null }[];
}

/**
 * A country's own latest cycle next to the anonymous spread of its region and of its income
 * group. These are the very groups of the regional and income views, decided by the same plan,
 * so this view adds nothing a viewer could subtract. The country itself counts in both groups,
 * as it does in every other view: leaving it out would make "the group" and "the group without
 * me" two different published figures whose difference is this country. Other countries are
 * never named. Returns null when the country has no validated cycle by then.
 */
export function countriesLikeMine(
  cycles: readonly CountryCycle[],
  iso2: string,
  options: { upTo?: string; minGroupSize?: number } = {},
): CountriesLikeMine | null {
  const plan = planDisclosure(cycles, options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const snapshot = snapshotAt(plan, options.upTo);
  const mine = snapshot.chosen.find((c) => c.countryIso2 === iso2);
  if (!mine) return null;
  const comparable = snapshot.def !== null && isComparable(mine.frameworkVersion, snapshot.def.version);
  const peers = (family: GroupFamily, label: string) => peerGroup(plan, snapshot, family, label, comparable);
  const region = peers("region", mine.region);
  const income = mine.incomeGroup === null ? null : peers("incomeGroup", mine.incomeGroup);
  const score = scoreCycle(mine);
  type Head = { key: string; number: number; domain: string };
  const capabilityIn = (g: AggregateGroup | null, { key, number, domain }: Head): CapabilityFigure | null =>
    g === null
      ? null
      : g.shown
        ? (g.capabilities.find((c) => c.key === key) ?? null)
        : { key, number, domain, shown: false, reason: g.reason };
  const domainIn = (g: AggregateGroup | null, key: string, number: number): DomainFigure | null =>
    g === null ? null : g.shown ? (g.domains.find((d) => d.key === key) ?? null) : { key, number, shown: false, reason: g.reason };

  return {
    countryIso2: mine.countryIso2,
    period: mine.period,
    frameworkVersion: mine.frameworkVersion,
    comparable,
    region: region.header,
    incomeGroup: income?.header ?? null,
    capabilities: score.capabilities.map((c) => ({
      key: c.key,
      number: c.number,
      domain: c.domain,
      level: c.current,
      notApplicable: c.notApplicable,
      region: capabilityIn(region.figures, c),
      incomeGroup: capabilityIn(income?.figures ?? null, c),
    })),
    domains: score.domains.map((d) => ({
      key: d.key,
      number: d.number,
      score: d.score.value,
      region: domainIn(region.figures, d.key, d.number),
      incomeGroup: domainIn(income?.figures ?? null, d.key, d.number),
    })),
  };
}

function peerGroup(plan: DisclosurePlan, snapshot: Snapshot, family: GroupFamily, label: string, comparable: boolean) {
  const group = snapshot.groups.find((g) => g.family === family && g.label === label);
  const countries = group?.members.length ?? 0;
  if (!comparable || !group) {
    const header: PeerGroupHeader = { label, countries, shown: false, reason: "notComparable" };
    return { header, figures: null };
  }
  const figures = describeGroup(group, snapshot.def);
  const header: PeerGroupHeader = figures.shown
    ? { label, countries, shown: true }
    : { label, countries, shown: false, reason: figures.reason };
  return { header, figures };
}
