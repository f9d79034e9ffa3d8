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
  const shared = options.sharedMembers ?? new Set<string>();
  const audiences: ((m: string) => boolean)[] = [() => true];
  if (shared.size > 0) audiences.push((m) => !shared.has(m));
  const indices = groups.map((_, i) => i);
  if (options.order !== "as-given") indices.sort((a, b) => largestFirst(groups[a]!, groups[b]!));

  const shown: ReadonlySet<string>[] = [];
  const decisions = new Array<GroupDecision>(groups.length);
  for (const i of indices) {
    const { key, members } = groups[i]!;
    const size = members.size;
    if (size < minGroupSize) {
      decisions[i] = { key, size, shown: false, reason: "tooFew" };
      continue;
    }
    const exposes = audiences.some(
      (counts) =>
        shown.some((other) => differsByFew(members, other, counts, minGroupSize) || differsByFew(other, members, counts, minGroupSize)) ||
        describesFewMembers([...shown, members], counts, minGroupSize),
    );
    if (exposes) decisions[i] = { key, size, shown: false, reason: "complementary" };
    else {
      decisions[i] = { key, size, shown: true };
      shown.push(members);
    }
  }
  return decisions;
}

function largestFirst(a: CandidateGroup, b: CandidateGroup): number {
  return b.members.size - a.members.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** True when the counted members of `a` outside `b` number 1 to minGroupSize - 1. */
function differsByFew(a: ReadonlySet<string>, b: ReadonlySet<string>, counts: (m: string) => boolean, minGroupSize: number) {
  let outside = 0;
  for (const m of a) if (!b.has(m) && counts(m)) outside += 1;
  return outside > 0 && outside < minGroupSize;
}
