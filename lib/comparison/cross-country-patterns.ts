import { isComparable } from "@/lib/scoring";
import { describeGroup } from "./aggregate";
import { scoreCycle } from "./cycles";
import { scaleValues } from "./figures";
import { planDisclosure, snapshotAt } from "./plan";
import { DEFAULT_MIN_GROUP_SIZE } from "./suppress";
import type { CountryCycle, HiddenReason } from "./types";

/**
 * "Lagging" means at most this many steps above the lowest level. On MNR 2022.1 that is level 0
 * (this project's "not in place") and level 1 ("Building"): the capability is absent or only
 * starting.
 */
export const LAGGING_STEPS_ABOVE_LOWEST = 1;

/**
 * Peer-learning candidates are at most this many steps below the highest level. On MNR 2022.1
 * that is levels 3 and 4 ("Maturity"): a country that has built a capability well, not only
 * one that rates itself at the very top, has experience worth sharing.
 */
export const PEER_STEPS_BELOW_HIGHEST = 1;

export interface LaggingCapability {
  key: string;
  number: number;
  domain: string;
  /** Countries at or below the lagging level, out of those that assessed the capability. */
  lagging: number;
  assessed: number;
  /** lagging / assessed, 3 decimals. */
  share: number;
}

export interface CrossCountryPatterns {
  upTo: string | null;
  snapshotYear: number | null;
  frameworkVersion: string | null;
  leftOutOtherVersion: number;
  /** Anonymous, over all validated cycles: shown only when the all-countries group is. */
  laggingWidely:
    | { shown: true; countries: number; atOrBelowLevel: number; capabilities: LaggingCapability[] }
    | { shown: false; countries: number; reason: HiddenReason };
  /** Named, so only countries whose cycle is shared with the advisory board; alphabetical. */
  peerLearning: {
    key: string;
    number: number;
    domain: string;
    atOrAboveLevel: number;
    countries: { countryIso2: string; countryName: string; level: number }[];
  }[];
}

/**
 * Patterns across countries for the advisory board: the capabilities most widely lagging
 * (capabilities are ordered, countries never are) and, per capability, the sharing countries
 * near the top of the scale as candidates for peer learning.
 */
export function crossCountryPatterns(
  cycles: readonly CountryCycle[],
  options: { upTo?: string; minGroupSize?: number; topN?: number; locale?: string } = {},
): CrossCountryPatterns {
  const plan = planDisclosure(cycles, options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const snapshot = snapshotAt(plan, options.upTo);
  const def = snapshot.def;
  const levels = def ? scaleValues(def) : [];
  const lowest = levels[0] ?? 0;
  const highest = levels.at(-1) ?? 0;
  const laggingLevel = lowest + LAGGING_STEPS_ABOVE_LOWEST;
  const peerLevel = highest - PEER_STEPS_BELOW_HIGHEST;

  const all = describeGroup(snapshot.groups.find((g) => g.family === "all")!, def);
  const laggingWidely: CrossCountryPatterns["laggingWidely"] = all.shown
    ? {
        shown: true,
        countries: all.countries,
        atOrBelowLevel: laggingLevel,
        capabilities: all.capabilities
          .flatMap((c) => {
            if (!c.shown) return [];
            const lagging = c.distribution.reduce((sum, n, i) => sum + (levels[i]! <= laggingLevel ? n : 0), 0);
            const share = Math.round((lagging / c.assessed) * 1000) / 1000;
            return [{ key: c.key, number: c.number, domain: c.domain, lagging, assessed: c.assessed, share }];
          })
          .sort((a, b) => b.share - a.share || a.number - b.number)
          .slice(0, options.topN ?? 5),
      }
    : { shown: false, countries: all.countries, reason: all.reason };

  const sharers = snapshot.chosen.filter(
    (c) => c.sharedWithAdvisory && def !== null && isComparable(c.frameworkVersion, def.version),
  );
  const peerLearning = [...(def?.capabilities ?? [])]
    .sort((a, b) => a.number - b.number)
    .map((cap) => ({
      key: cap.key,
      number: cap.number,
      domain: cap.domain,
      atOrAboveLevel: peerLevel,
      countries: sharers
        .flatMap((c) => {
          const level = scoreCycle(c).capabilities.find((x) => x.key === cap.key)?.current ?? null;
          return level !== null && level >= peerLevel ? [{ countryIso2: c.countryIso2, countryName: c.countryName, level }] : [];
        })
        .sort((a, b) => a.countryName.localeCompare(b.countryName, options.locale)),
    }))
    .filter((p) => p.countries.length > 0);

  return {
    upTo: options.upTo ?? null,
    snapshotYear: snapshot.year,
    frameworkVersion: def?.version ?? null,
    leftOutOtherVersion: snapshot.leftOut,
    laggingWidely,
    peerLearning,
  };
}
