import { isComparable, summariseEvidence, type EvidenceSummary, type Score } from "@/lib/scoring";
import { comparePeriods, latestPerCountry, scoreCycle } from "./cycles";
import type { CountryCycle } from "./types";

export type NamedSort = "name" | "region";

export interface NamedRow {
  countryIso2: string;
  countryName: string;
  region: string;
  incomeGroup: string | null;
  period: string;
  frameworkVersion: string;
  /** false when this row's framework cannot be compared with the reference version. */
  comparable: boolean;
  overall: Score;
  domains: { key: string; number: number; score: Score }[];
  /** One cell per capability, in capability order: the heatmap row. */
  capabilities: {
    key: string;
    number: number;
    domain: string;
    level: number | null;
    notApplicable: boolean;
    target: number | null;
    gap: number | null;
    evidence: EvidenceSummary;
  }[];
  /** Overall score of each cycle the country shared, oldest first, up to the period asked for. */
  trend: { period: string; frameworkVersion: string; overall: number | null; comparable: boolean }[];
}

export interface NamedComparison {
  upTo: string | null;
  sort: NamedSort;
  /** The version most rows use (on a tie, the first row's): the heatmap's columns follow it. */
  referenceVersion: string | null;
  /** The heatmap's columns: the capabilities of the reference version, in order. */
  columns: { key: string; number: number; domain: string }[];
  rows: NamedRow[];
}

/**
 * Countries a viewer of the advisory board may pick: those whose latest validated cycle at the
 * period is shared with the board. In name order, for the picker.
 */
export function listShareableCountries(
  cycles: readonly CountryCycle[],
  options: { upTo?: string; locale?: string } = {},
): { countryIso2: string; countryName: string; region: string }[] {
  return latestPerCountry(cycles, options)
    .filter((c) => c.sharedWithAdvisory)
    .map((c) => ({ countryIso2: c.countryIso2, countryName: c.countryName, region: c.region }))
    .sort((a, b) => a.countryName.localeCompare(b.countryName, options.locale) || compareText(a.countryIso2, b.countryIso2));
}

/**
 * Chosen countries side by side, for the advisory board and secretariat. A country appears only
 * when its latest validated cycle at the period is shared with the board: a chosen country that
 * did not share is left out without a trace, so the view does not even say it was asked for.
 * Rows are in name order, or by region then name. They are never ordered by a score and carry
 * no position number: WeProtect does not use self-assessments to rank countries.
 */
export function buildNamedComparison(
  cycles: readonly CountryCycle[],
  selectedIso2: readonly string[],
  options: { upTo?: string; sort?: NamedSort; locale?: string } = {},
): NamedComparison {
  const sort = options.sort ?? "name";
  const selected = new Set(selectedIso2);
  const chosen = latestPerCountry(cycles, { upTo: options.upTo })
    .filter((c) => selected.has(c.countryIso2) && c.sharedWithAdvisory)
    .sort((a, b) => {
      const byRegion = sort === "region" ? a.region.localeCompare(b.region, options.locale) : 0;
      return byRegion || a.countryName.localeCompare(b.countryName, options.locale) || compareText(a.countryIso2, b.countryIso2);
    });
  const referenceVersion = chooseReference(chosen);
  const rows = chosen.map((c) => describeRow(c, cycles, referenceVersion ?? c.frameworkVersion));
  const reference = rows.find((r) => r.comparable);
  return {
    upTo: options.upTo ?? null,
    sort,
    referenceVersion,
    columns: reference?.capabilities.map(({ key, number, domain }) => ({ key, number, domain })) ?? [],
    rows,
  };
}

function describeRow(c: CountryCycle, cycles: readonly CountryCycle[], referenceVersion: string): NamedRow {
  const score = scoreCycle(c);
  // Only cycles the country shared: an unshared earlier cycle is not the board's to see.
  const trend = cycles
    .filter((t) => t.countryIso2 === c.countryIso2 && t.sharedWithAdvisory && comparePeriods(t.period, c.period) <= 0)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((t) => ({
      period: t.period,
      frameworkVersion: t.frameworkVersion,
      overall: scoreCycle(t).overall.value,
      comparable: isComparable(t.frameworkVersion, c.frameworkVersion),
    }));
  return {
    countryIso2: c.countryIso2,
    countryName: c.countryName,
    region: c.region,
    incomeGroup: c.incomeGroup,
    period: c.period,
    frameworkVersion: c.frameworkVersion,
    comparable: isComparable(c.frameworkVersion, referenceVersion),
    overall: score.overall,
    domains: score.domains.map((d) => ({ key: d.key, number: d.number, score: d.score })),
    capabilities: score.capabilities.map((x) => ({
      key: x.key,
      number: x.number,
      domain: x.domain,
      level: x.current,
      notApplicable: x.notApplicable,
      target: x.target,
      gap: x.gap,
      // Same rounding and bands as the assessment's own evidence summary.
      evidence: summariseEvidence([x.evidence]),
    })),
    trend,
  };
}

/** The version most rows share; on a tie the first row's, so the choice follows the visible order. */
function chooseReference(rows: readonly CountryCycle[]): string | null {
  let best: { version: string; count: number } | null = null;
  for (const row of rows) {
    const count = rows.filter((r) => isComparable(r.frameworkVersion, row.frameworkVersion)).length;
    if (best === null || count > best.count) best = { version: row.frameworkVersion, count };
  }
  return best?.version ?? null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
