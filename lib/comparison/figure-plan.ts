import type { FrameworkDefinition } from "@/lib/framework/schema";
import { capabilityValues, domainValues, type FigureValues } from "./figures";
import { suppressMostlyShown, type GroupDecision } from "./suppress";
import type { CountryCycle } from "./types";

/** What may be shown of each figure of a group, by capability key and by domain key. */
export interface GroupFigures {
  capabilities: Map<string, GroupDecision>;
  domains: Map<string, GroupDecision>;
}

/** A group the plan shows, with the framework its snapshot is described in. */
export interface ShownGroup {
  key: string;
  members: readonly CountryCycle[];
  def: FrameworkDefinition;
  figures: GroupFigures;
}

/**
 * Decides each figure of the shown groups on its own answering members: the countries that
 * gave the capability a level (or have a score for the domain), which are fewer than the
 * group's when some marked it not applicable or left it not assessed. Two groups far enough
 * apart can then be one country apart on one capability, so every instance of one figure, over
 * all groups and years, goes through the same rules as the groups themselves (too few, a
 * difference of 1 to k - 1, any sum or difference, both audiences).
 *
 * Figures of different capabilities are decided apart: a sum across capabilities mixes levels
 * of different questions and says nothing about one country's level on either. Groups come in
 * the plan's priority order, so where two instances clash, the one kept is the one whose group
 * was kept first.
 */
export function planFigures(shown: readonly ShownGroup[], minGroupSize: number, sharedMembers: ReadonlySet<string>): void {
  type Instance = { group: ShownGroup; kind: keyof GroupFigures; figure: FigureValues };
  const pools = new Map<string, Instance[]>();
  for (const group of shown) {
    const figures = [
      ...capabilityValues(group.def, group.members).map((figure) => ({ kind: "capabilities" as const, figure })),
      ...domainValues(group.def, group.members).map((figure) => ({ kind: "domains" as const, figure })),
    ];
    for (const { kind, figure } of figures) {
      const pool = pools.get(`${kind}:${figure.key}`) ?? [];
      pool.push({ group, kind, figure });
      pools.set(`${kind}:${figure.key}`, pool);
    }
  }
  // Figures often have the same answering members in every group (nobody left them out, or
  // the same countries did): each distinct pool is decided once.
  const decided = new Map<string, GroupDecision[]>();
  for (const pool of pools.values()) {
    const candidates = pool.map((x) => ({ key: x.group.key, members: new Set(x.figure.values.map((v) => v.member)) }));
    let decisions: GroupDecision[];
    if (pool.every((x) => x.figure.values.length === x.group.members.length)) {
      // Everyone answered: the sets are shown groups in the order they were accepted, so each
      // passes the very checks its group passed (against fewer sets, if anything).
      decisions = candidates.map((c) => ({ key: c.key, size: c.members.size, shown: true }));
    } else {
      const signature = candidates.map((c) => [...c.members].sort().join(",")).join("|");
      decisions = decided.get(signature) ?? suppressMostlyShown(candidates, minGroupSize, { sharedMembers });
      decided.set(signature, decisions);
    }
    pool.forEach((x, i) => x.group.figures[x.kind].set(x.figure.key, decisions[i]!));
  }
}
