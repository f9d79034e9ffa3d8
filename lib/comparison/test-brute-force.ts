// Test helpers: a deliberately naive check of "can a sum or difference of these groups describe
// only a few members", sharing no code with combinations.ts. Floating point is fine for the
// small 0/1 matrices the tests build.

function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      m[i] = m[i]!.map((v, j) => v - f * m[r]![j]!);
    }
    r++;
  }
  return r;
}

/**
 * Is there a sum or difference of the groups that is zero on every counted member outside
 * `few` but not zero on all of `few`? Uncounted members are known to the viewer and ignored.
 */
export function isolates(groups: readonly ReadonlySet<string>[], counted: readonly string[], few: readonly string[]): boolean {
  const columns = (members: readonly string[]) => groups.map((g) => members.map((m) => (g.has(m) ? 1 : 0)));
  const rest = counted.filter((m) => !few.includes(m));
  return rank(columns(counted)) > (rest.length === 0 ? 0 : rank(columns(rest)));
}

/** Every subset of `items` with at most `size` elements, the empty one included. */
export function subsetsUpTo(items: readonly string[], size: number): string[][] {
  if (size === 0 || items.length === 0) return [[]];
  const [first, ...others] = items;
  return [...subsetsUpTo(others, size), ...subsetsUpTo(others, size - 1).map((s) => [first!, ...s])];
}

/** True when some sum or difference of the groups describes 1..k-1 counted members. */
export function leaksFew(groups: readonly ReadonlySet<string>[], counted: readonly string[], k: number): boolean {
  return subsetsUpTo(counted, k - 1).some((few) => few.length > 0 && isolates(groups, counted, few));
}
