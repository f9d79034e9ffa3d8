/** A contributor's proposed level, as the comparison needs it. */
export interface Proposal {
  authorId: string;
  level: number;
}

export interface ProposalSummary {
  count: number;
  levels: number[];
  /** Highest minus lowest proposed level: 0 when everyone agrees. */
  spread: number;
  disagree: boolean;
  /** The level most people proposed; null on a tie, so nobody reads a tie as a majority. */
  mostProposed: number | null;
  /** Whether the recorded level is one that somebody proposed. */
  matchesRecorded: boolean;
}

export function summariseProposals(proposals: readonly Proposal[], recordedLevel: number | null): ProposalSummary {
  const levels = [...new Set(proposals.map((p) => p.level))].sort((a, b) => a - b);
  const counts = new Map<number, number>();
  for (const p of proposals) counts.set(p.level, (counts.get(p.level) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const leaders = [...counts.entries()].filter(([, n]) => n === top).map(([l]) => l);
  return {
    count: proposals.length,
    levels,
    spread: levels.length ? levels[levels.length - 1]! - levels[0]! : 0,
    disagree: levels.length > 1,
    mostProposed: leaders.length === 1 ? leaders[0]! : null,
    matchesRecorded: recordedLevel !== null && levels.includes(recordedLevel),
  };
}
