import { describesFewMembers } from "./combinations";
import type { HiddenReason } from "./types";

/**
 * Default minimum number of countries behind any anonymous figure. A country looking at a group
 * it belongs to can set its own answers aside, so it still sees at least four others mixed.
 */
export const DEFAULT_MIN_GROUP_SIZE = 5;

export interface CandidateGroup {
  key: string;
  members: ReadonlySet<string>;
}

export type GroupDecision =
  | { key: string; size: number; shown: true }
  | { key: string; size: number; shown: false; reason: HiddenReason };

export interface SuppressOptions {
  /**
   * Members whose answers some viewers already see one by one (cycles shared by name with the
   * advisory board). Those viewers can subtract them, so every check is also made counting
   * only the other members.
   */
  sharedMembers?: ReadonlySet<string>;
  /** "largest-first" (default; ties by key) or "as-given" when the caller has its own priority. */
  order?: "largest-first" | "as-given";
}

/** A minimum of 1 would switch the protection off, so it is refused rather than obeyed. */
export function assertMinGroupSize(minGroupSize: number): void {
  if (!Number.isInteger(minGroupSize) || minGroupSize < 2) {
    throw new RangeError(`minGroupSize must be a whole number of at least 2, not ${minGroupSize}`);
  }
}

/**
 * Decides which of a set of groups, shown together, may be shown without letting anyone work
 * out the answers of fewer than `minGroupSize` members by adding up and subtracting figures.
 *
 * Groups are taken in priority order (largest first by default, ties by key). A group is
 * hidden as "tooFew" when it has fewer than `minGroupSize` members. Otherwise it is hidden as
 * "complementary" when, together with the groups already shown:
 * 1. it differs from one of them by 1 to `minGroupSize - 1` members, in either direction (the
 *    part of one group outside the other, even when neither contains the other); or
 * 2. some sum or difference of the shown groups, over any number of them, would describe 1 to
 *    `minGroupSize - 1` members, e.g. "all countries" minus every region but a small one
 *    (see combinations.ts).
 * Both checks are made twice: counting every member, and counting only the members not in
 * `sharedMembers`, because viewers who see shared cycles by name can subtract those too.
 *
 * Adding a group never removes a sum or difference, so a group refused once could not be
 * added later either: the result does not depend on when a refusal happened. Decisions come
 * back in the input order.
 */
export function suppressGroups(
  groups: readonly CandidateGroup[],
  minGroupSize: number,
  options: SuppressOptions = {},
): GroupDecision[] {
  assertMinGroupSize(minGroupSize);
  const indices = groups.map((_, i) => i);
  if (options.order !== "as-given") indices.sort((a, b) => largestFirst(groups[a]!, groups[b]!));

  const shown: ReadonlySet<string>[] = [];
  const decisions = new Array<GroupDecision>(groups.length);
  for (const i of indices) {
    const { key, members } = groups[i]!;
    const size = members.size;
    if (size < minGroupSize) decisions[i] = { key, size, shown: false, reason: "tooFew" };
    else if (addingExposes(shown, members, minGroupSize, options.sharedMembers)) decisions[i] = { key, size, shown: false, reason: "complementary" };
    else {
      decisions[i] = { key, size, shown: true };
      shown.push(members);
    }
  }
  return decisions;
}

/**
 * The decisions of `suppressGroups` in "as-given" order, reached with fewer checks when most
 * groups can be shown, as with the figures of groups already shown (figure-plan.ts). Adding a
 * group only adds pairs and combinations, so if a run of groups can be added together, the
 * one-by-one loop would add each of them: the run is found by trying all that remain, then
 * doubling and halving, and only the group that ends it is hidden.
 */
export function suppressMostlyShown(groups: readonly CandidateGroup[], minGroupSize: number, options: Pick<SuppressOptions, "sharedMembers"> = {}): GroupDecision[] {
  assertMinGroupSize(minGroupSize);
  const decisions = new Array<GroupDecision>(groups.length);
  const open: number[] = [];
  groups.forEach(({ key, members }, i) => {
    if (members.size < minGroupSize) decisions[i] = { key, size: members.size, shown: false, reason: "tooFew" };
    else open.push(i);
  });
  const audiences = audiencesOf(options.sharedMembers);
  // Rule 1 looks at pairs only, so it is worked out once for every pair.
  const clash = open.map(() => new Array<boolean>(open.length).fill(false));
  open.forEach((i, a) => {
    for (let b = a + 1; b < open.length; b++) {
      const [x, y] = [groups[i]!.members, groups[open[b]!]!.members];
      clash[a]![b] = clash[b]![a] = audiences.some((counts) => differsByFew(x, y, counts, minGroupSize) || differsByFew(y, x, counts, minGroupSize));
    }
  });
  const shown: number[] = [];
  // Rule 2, for what is shown plus open[from, to) (rule 1 is settled apart, see below).
  const sumsFit = (from: number, to: number) => {
    const sets = [...shown, ...range(from, to)].map((n) => groups[open[n]!]!.members);
    return !audiences.some((counts) => describesFewMembers(sets, counts, minGroupSize));
  };
  for (let from = 0; from < open.length; ) {
    // The first group that clashes, pair by pair, with what would be shown before it: the run
    // open[from, stop) can only be shown up to there, and open[stop] is hidden if it is reached.
    let stop = from;
    while (stop < open.length && !shown.some((b) => clash[stop]![b]) && !range(from, stop).some((b) => clash[stop]![b])) stop++;
    // open[from, ok) fits with what is shown; open[from, bad) does not.
    let ok = stop;
    if (!sumsFit(from, stop)) {
      let bad = stop;
      ok = from;
      for (let step = 1; from + step < bad; step *= 2) {
        if (!sumsFit(from, from + step)) {
          bad = from + step;
          break;
        }
        ok = from + step;
      }
      while (bad - ok > 1) {
        const mid = Math.floor((ok + bad) / 2);
        if (sumsFit(from, mid)) ok = mid;
        else bad = mid;
      }
    }
    for (const n of range(from, ok)) {
      const i = open[n]!;
      decisions[i] = { key: groups[i]!.key, size: groups[i]!.members.size, shown: true };
      shown.push(n);
    }
    if (ok < open.length) {
      const i = open[ok]!;
      decisions[i] = { key: groups[i]!.key, size: groups[i]!.members.size, shown: false, reason: "complementary" };
    }
    from = ok + 1;
  }
  return decisions;
}

/** from, from + 1, ..., to - 1. */
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);

function addingExposes(shown: readonly ReadonlySet<string>[], members: ReadonlySet<string>, minGroupSize: number, shared?: ReadonlySet<string>) {
  return audiencesOf(shared).some(
    (counts) =>
      shown.some((other) => differsByFew(members, other, counts, minGroupSize) || differsByFew(other, members, counts, minGroupSize)) ||
      describesFewMembers([...shown, members], counts, minGroupSize),
  );
}

/** Everyone, and, when some members are shared by name, the others only. */
function audiencesOf(shared?: ReadonlySet<string>): ((m: string) => boolean)[] {
  return shared && shared.size > 0 ? [() => true, (m) => !shared.has(m)] : [() => true];
}

function largestFirst(a: CandidateGroup, b: CandidateGroup): number {
  return b.members.size - a.members.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** True when the counted members of `a` outside `b` number 1 to minGroupSize - 1. */
function differsByFew(a: ReadonlySet<string>, b: ReadonlySet<string>, counts: (m: string) => boolean, minGroupSize: number) {
  let outside = 0;
  for (const m of a) if (!b.has(m) && counts(m) && ++outside >= minGroupSize) return false;
  return outside > 0;
}
