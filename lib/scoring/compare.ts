import { roundTo } from "./scale";
import type { AssessmentScore, VersionMapping } from "./types";

export type ComparisonReason = "same-version" | "mapped" | "different-version" | "no-previous";

export interface Delta {
  key: string;
  delta: number | null;
}

export interface CycleComparison {
  comparable: boolean;
  reason: ComparisonReason;
  /** false when the two cycles were scored by different methods: points are then not compared. */
  sameMethod: boolean;
  /** Overall score points, current minus previous. */
  overall: number | null;
  /** Domain score points, current minus previous, in the current cycle's domain order. */
  domains: Delta[];
  /** Levels, current minus previous, in the current cycle's capability order. */
  capabilities: Delta[];
}

/**
 * Two framework versions can be compared when they are the same, or when a mapping between
 * them has been declared (in either direction). Without one, a level in one version says
 * nothing certain about a level in the other, so no change is reported.
 */
export function isComparable(versionA: string, versionB: string, mappings: readonly VersionMapping[] = []): boolean {
  return versionA === versionB || mappings.some((m) => orient(m, versionA, versionB) !== null);
}

/**
 * Change from the previous cycle to the current one. Capability deltas use levels (how many
 * steps a capability moved); overall and domain deltas use score points. A capability gets no
 * delta when it lacks a level in either cycle or, across versions, when it does not have
 * exactly one declared counterpart: keys missing from a mapping are not guessed.
 */
export function compareCycles(
  current: AssessmentScore,
  previous: AssessmentScore | null,
  mapping?: VersionMapping,
): CycleComparison {
  if (previous === null) return emptyComparison(current, "no-previous");
  let counterpartOf: (key: string) => string | null;
  let reason: ComparisonReason;
  if (current.frameworkVersion === previous.frameworkVersion) {
    counterpartOf = (key) => key;
    reason = "same-version";
  } else {
    const oriented = mapping ? orient(mapping, previous.frameworkVersion, current.frameworkVersion) : null;
    if (oriented === null) return emptyComparison(current, "different-version");
    counterpartOf = oriented;
    reason = "mapped";
  }

  const sameMethod = current.method === previous.method;
  const prevDomains = new Map(previous.domains.map((d) => [d.key, d.score.value]));
  const prevLevels = new Map(previous.capabilities.map((c) => [c.key, c.current]));

  return {
    comparable: true,
    reason,
    sameMethod,
    overall: sameMethod ? subtract(current.overall.value, previous.overall.value) : null,
    domains: current.domains.map((d) => ({
      key: d.key,
      delta: sameMethod ? subtract(d.score.value, prevDomains.get(d.key) ?? null) : null,
    })),
    capabilities: current.capabilities.map((c) => {
      const before = counterpartOf(c.key);
      return { key: c.key, delta: before === null ? null : subtract(c.current, prevLevels.get(before) ?? null) };
    }),
  };
}

/**
 * Turns a mapping into "current key -> previous key" when it links the two versions, else null.
 * Read backwards, two old capabilities merged into one have no single counterpart, so none.
 */
function orient(mapping: VersionMapping, previousVersion: string, currentVersion: string) {
  const pairs = Object.entries(mapping.capabilities);
  if (mapping.from === currentVersion && mapping.to === previousVersion) {
    const forward = new Map(pairs);
    return (key: string) => forward.get(key) ?? null;
  }
  if (mapping.from === previousVersion && mapping.to === currentVersion) {
    return (key: string) => {
      const sources = pairs.filter(([, to]) => to === key);
      return sources.length === 1 ? sources[0]![0] : null;
    };
  }
  return null;
}

function subtract(after: number | null, before: number | null): number | null {
  // Inputs carry one decimal at most; rounding removes floating-point noise such as 0.30000000000000004.
  return after === null || before === null ? null : roundTo(after - before, 1);
}

function emptyComparison(current: AssessmentScore, reason: ComparisonReason): CycleComparison {
  return {
    comparable: false,
    reason,
    sameMethod: false,
    overall: null,
    domains: current.domains.map((d) => ({ key: d.key, delta: null })),
    capabilities: current.capabilities.map((c) => ({ key: c.key, delta: null })),
  };
}
