import { describe, expect, it } from "vitest";
import { summariseProposals } from "./proposals";

const p = (authorId: string, level: number) => ({ authorId, level });

describe("summariseProposals", () => {
  it("reports nothing to reconcile without proposals", () => {
    expect(summariseProposals([], null)).toEqual({ count: 0, levels: [], spread: 0, disagree: false, mostProposed: null, matchesRecorded: false });
  });

  it("sees agreement when everyone proposes the same level", () => {
    const s = summariseProposals([p("a", 2), p("b", 2)], 2);
    expect(s).toMatchObject({ count: 2, levels: [2], spread: 0, disagree: false, mostProposed: 2, matchesRecorded: true });
  });

  it("measures how far apart proposals are and which level leads", () => {
    const s = summariseProposals([p("a", 1), p("b", 3), p("c", 3)], 2);
    expect(s).toMatchObject({ levels: [1, 3], spread: 2, disagree: true, mostProposed: 3, matchesRecorded: false });
  });

  it("does not name a leading level on a tie", () => {
    expect(summariseProposals([p("a", 0), p("b", 4)], null).mostProposed).toBeNull();
  });
});
