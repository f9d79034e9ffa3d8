import type { FrameworkDefinition } from "@/lib/framework/schema";
import { isComparable } from "@/lib/scoring";
import { assertOneCyclePerPeriod, contributionId, latestPerCountry, readPeriod } from "./cycles";
import { planFigures, type GroupFigures } from "./figure-plan";
import { assertMinGroupSize, suppressGroups, type GroupDecision } from "./suppress";
import type { CountryCycle, GroupFamily } from "./types";

/** One anonymous group at one point in time, with what may be shown of it. */
export interface PlannedGroup {
  /** "all", "region:<region>" or "incomeGroup:<income group>". */
  key: string;
  family: GroupFamily;
  /** The region or income group as stored; null for all countries. */
  label: string | null;
  members: CountryCycle[];
  decision: GroupDecision;
  /** For a shown group, what may be shown of each of its figures; empty for a hidden one. */
  figures: GroupFigures;
}

/** Each country's latest validated cycle at a year, and the groups built on them. */
export interface Snapshot {
  /** null when nothing had been validated by the period asked for. */
  year: number | null;
  /** The framework most cycles use; groups hold only cycles comparable with it. */
  def: FrameworkDefinition | null;
  /** Every country's latest cycle, whatever its framework version. */
  chosen: CountryCycle[];
  /** Cycles left out of the groups because their framework version is not comparable. */
  leftOut: number;
  groups: PlannedGroup[];
}

export interface DisclosurePlan {
  minGroupSize: number;
  /** One per year in which some cycle starts, oldest first. */
  snapshots: Snapshot[];
}

const FAMILY_ORDER: readonly GroupFamily[] = ["all", "region", "incomeGroup"];

/**
 * Decides, once for every year in the data and every group, what the anonymous views may show.
 * Deciding everything together is the point: a viewer can open "all countries", any region,
 * any income group, "countries like mine" and any year, and put the figures side by side. The
 * same plan answers every view, so a figure hidden in one view is hidden in all of them.
 *
 * A page asks several views of the same cycles (the figures and the patterns), so the plan is
 * kept per array of cycles and minimum: callers treat the array as read-only, and the database
 * layer hands out a new one whenever the data changes.
 */
export function planDisclosure(cycles: readonly CountryCycle[], minGroupSize: number): DisclosurePlan {
  assertMinGroupSize(minGroupSize);
  const kept = plans.get(cycles) ?? new Map<number, DisclosurePlan>();
  plans.set(cycles, kept);
  let plan = kept.get(minGroupSize);
  if (!plan) {
    plan = buildPlan(cycles, minGroupSize);
    kept.set(minGroupSize, plan);
  }
  return plan;
}

const plans = new WeakMap<readonly CountryCycle[], Map<number, DisclosurePlan>>();

function buildPlan(cycles: readonly CountryCycle[], minGroupSize: number): DisclosurePlan {
  assertOneCyclePerPeriod(cycles);
  const years = [...new Set(cycles.map((c) => readPeriod(c.period).start))].sort((a, b) => a - b);
  const snapshots = years.map((year) => buildSnapshot(cycles, year));
  // Priority: the most recent year first (the current picture matters most, and trying it
  // first keeps far more of it visible than a plain largest-first order), then larger groups
  // (all countries before its parts), then regions before income groups, then by name.
  const entries = snapshots
    .flatMap((s) => s.groups.map((g) => ({ year: s.year!, def: s.def!, group: g })))
    .sort(
      (a, b) =>
        b.year - a.year ||
        b.group.members.length - a.group.members.length ||
        FAMILY_ORDER.indexOf(a.group.family) - FAMILY_ORDER.indexOf(b.group.family) ||
        (a.group.label ?? "").localeCompare(b.group.label ?? "", "en"),
    );
  // Members are contributions (a country's cycle), so a country that replaced its cycle
  // between two years counts as a difference between those years, like a country that arrived.
  const candidates = entries.map((e) => ({
    key: `${e.year}|${e.group.key}`,
    members: new Set(e.group.members.map(contributionId)),
  }));
  const shared = new Set(cycles.filter((c) => c.sharedWithAdvisory).map(contributionId));
  suppressGroups(candidates, minGroupSize, { sharedMembers: shared, order: "as-given" }).forEach(
    (decision, i) => (entries[i]!.group.decision = decision),
  );
  // Then each figure of the shown groups, over the countries that actually answered it.
  const shown = entries
    .filter((e) => e.group.decision.shown)
    .map((e) => ({ key: `${e.year}|${e.group.key}`, members: e.group.members, def: e.def, figures: e.group.figures }));
  planFigures(shown, minGroupSize, shared);
  return { minGroupSize, snapshots };
}

/** The snapshot a view "up to" a period shows: the latest year at or before the period's first year. */
export function snapshotAt(plan: DisclosurePlan, upTo?: string): Snapshot {
  const limit = upTo === undefined ? Infinity : readPeriod(upTo).start;
  const found = plan.snapshots.filter((s) => s.year! <= limit).at(-1);
  if (found) return found;
  const none: GroupDecision = { key: "all", size: 0, shown: false, reason: "tooFew" };
  return { year: null, def: null, chosen: [], leftOut: 0, groups: [makeGroup("all", null, [], none)] };
}

function buildSnapshot(cycles: readonly CountryCycle[], year: number): Snapshot {
  const chosen = latestPerCountry(cycles, { upTo: String(year) });
  const main = chooseMainCycle(chosen);
  const members = chosen.filter((c) => isComparable(c.frameworkVersion, main.frameworkVersion));
  // Decided in planDisclosure once every year's groups are known, since years are decided together.
  const pending: GroupDecision = { key: "", size: 0, shown: false, reason: "tooFew" };
  const groups = [makeGroup("all", null, members, pending)];
  for (const family of ["region", "incomeGroup"] as const) {
    const labels = new Set(members.flatMap((c) => (c[family] === null ? [] : [c[family]])));
    for (const label of labels) groups.push(makeGroup(family, label, members.filter((c) => c[family] === label), pending));
  }
  return { year, def: main.def, chosen, leftOut: chosen.length - members.length, groups };
}

/**
 * The cycle whose framework version is comparable with the most cycles; on a tie the newer
 * version, so the choice never depends on input order.
 */
function chooseMainCycle(chosen: readonly CountryCycle[]): CountryCycle {
  const counted = chosen.map((c) => ({
    cycle: c,
    count: chosen.filter((o) => isComparable(o.frameworkVersion, c.frameworkVersion)).length,
  }));
  counted.sort(
    (a, b) =>
      b.count - a.count ||
      b.cycle.frameworkVersion.localeCompare(a.cycle.frameworkVersion, "en", { numeric: true }),
  );
  return counted[0]!.cycle;
}

function makeGroup(family: GroupFamily, label: string | null, members: CountryCycle[], decision: GroupDecision): PlannedGroup {
  const key = family === "all" ? "all" : `${family}:${label}`;
  return { key, family, label, members, decision, figures: { capabilities: new Map(), domains: new Map() } };
}
