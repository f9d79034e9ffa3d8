/**
 * Can some sum or difference of the given groups describe between 1 and `minGroupSize - 1`
 * members? Counts of answers add up over members, so a viewer who sees figures for several
 * groups can combine them with any weights, e.g. "all countries" minus every region but one.
 * A combination gives each member a weight (the sum of the weights of the groups that contain
 * it); the members with a non-zero weight are the ones it describes. This function looks for
 * a combination that is not zero everywhere yet describes fewer than `minGroupSize` counted
 * members. Members for which `counts` is false are treated as already known to the viewer:
 * their weight does not matter, and they are neither counted nor protected.
 *
 * Method: members that lie in exactly the same groups get the same weight in every
 * combination, so they are merged into one block. A search then decides, block by block,
 * whether the combination is zero there (a linear condition that narrows down the possible
 * combinations) or not (which spends the block's size from a budget of `minGroupSize - 1`).
 * It reports true as soon as some non-zero combination survives within the budget. Blocks of
 * `minGroupSize` or more are always zero in a small combination, so they are settled first
 * without branching, and the search stays small.
 *
 * Arithmetic is exact, modulo the prime 67,108,859 (below 2^26, so every product stays an
 * exact double). It agrees with ordinary arithmetic unless a determinant of the membership
 * table is a multiple of that prime; tables made of nested and disjoint groups have tiny
 * determinants, so this does not arise in practice.
 */
export function describesFewMembers(
  groups: readonly ReadonlySet<string>[],
  counts: (member: string) => boolean,
  minGroupSize: number,
): boolean {
  // Blocks are refined group by group; each block remembers which groups contain it.
  const blockOf = new Map<string, number>();
  const groupsOf: number[][] = [];
  const weights: number[] = [];
  groups.forEach((group, g) => {
    const split = new Map<number, number>();
    for (const m of group) {
      if (!counts(m)) continue;
      const old = blockOf.get(m);
      let next = split.get(old ?? -1);
      if (next === undefined) {
        next = groupsOf.length;
        split.set(old ?? -1, next);
        groupsOf.push(old === undefined ? [g] : [...groupsOf[old]!, g]);
        weights.push(0);
      }
      if (old !== undefined) weights[old]! -= 1;
      weights[next]! += 1;
      blockOf.set(m, next);
    }
  });
  // Large blocks first: they can only be zero, which narrows the search before any branching.
  const order = weights.flatMap((w, b) => (w > 0 ? [b] : [])).sort((a, b) => weights[b]! - weights[a]! || a - b);
  const rows = groups.map(() => new Float64Array(order.length));
  order.forEach((b, col) => groupsOf[b]!.forEach((g) => (rows[g]![col] = 1)));
  const work = { left: SEARCH_LIMIT };
  return search(independentRows(rows), order.map((b) => weights[b]!), 0, minGroupSize - 1, work);
}

const PRIME = 67108859;

/**
 * Steps the search may take for one question. A test with 150 countries over six years took
 * about a hundred thousand at most; past the limit the answer is "yes", so an unusually
 * tangled set of groups costs a hidden figure, never a disclosure.
 */
export const SEARCH_LIMIT = 1_000_000;

function inverse(a: number): number {
  let result = 1;
  let base = a % PRIME;
  for (let e = PRIME - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
  }
  return result;
}

/** Zeroes column `col` in every row but `pivot`, and drops the pivot row. */
function eliminate(rows: readonly Float64Array[], pivot: number, col: number): Float64Array[] {
  const p = rows[pivot]!;
  const scale = inverse(p[col]!);
  const result: Float64Array[] = [];
  rows.forEach((row, i) => {
    if (i === pivot) return;
    const factor = (row[col]! * scale) % PRIME;
    if (factor === 0) return void result.push(row);
    const next = new Float64Array(row.length);
    for (let j = 0; j < row.length; j++) next[j] = (row[j]! + PRIME * PRIME - factor * p[j]!) % PRIME;
    result.push(next);
  });
  return result;
}

/**
 * Independent rows with the same span, by Gauss-Jordan elimination on a copy: each pivot
 * column is then zero in every other row, which keeps the later search cheap.
 */
function independentRows(rows: readonly Float64Array[]): Float64Array[] {
  const m = rows.map((r) => Float64Array.from(r));
  const width = m[0]?.length ?? 0;
  let rank = 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    let pivot = rank;
    while (pivot < m.length && m[pivot]![col] === 0) pivot++;
    if (pivot === m.length) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    const p = m[rank]!;
    const scale = inverse(p[col]!);
    for (let j = col; j < width; j++) p[j] = (p[j]! * scale) % PRIME;
    for (let i = 0; i < m.length; i++) {
      const factor = i === rank ? 0 : m[i]![col]!;
      if (factor === 0) continue;
      const row = m[i]!;
      for (let j = col; j < width; j++) row[j] = (row[j]! + PRIME * PRIME - factor * p[j]!) % PRIME;
    }
    rank++;
  }
  return m.slice(0, rank);
}

/**
 * `rows` are independent and span the combinations still possible (zero on every block
 * decided "zero" so far). From column `col` on, each block is either zero (narrowing the span
 * by one) or non-zero (spending its weight). Any row left at the end is a non-zero
 * combination describing only blocks that spent from the budget.
 */
function search(rows: Float64Array[], weights: readonly number[], col: number, budget: number, work: { left: number }): boolean {
  if (rows.length === 0) return false;
  if (--work.left < 0) return true;
  if (col === weights.length) return true;
  const pivot = rows.findIndex((r) => r[col] !== 0);
  if (pivot < 0) return search(rows, weights, col + 1, budget, work);
  const weight = weights[col]!;
  if (weight <= budget && search(rows, weights, col + 1, budget - weight, work)) return true;
  return search(eliminate(rows, pivot, col), weights, col + 1, budget, work);
}
