import type { AggregateResult } from "./aggregate";
import type { NamedComparison } from "./named-comparison";

/** A flat record for a CSV or spreadsheet; every row of one export has the same columns. */
export type FlatRow = Record<string, string | number | boolean | null>;

/** One row per country and capability: the heatmap, long format. */
export function namedComparisonToRows(result: NamedComparison): FlatRow[] {
  return result.rows.flatMap((row) =>
    row.capabilities.map((c) => ({
      countryIso2: row.countryIso2,
      countryName: row.countryName,
      region: row.region,
      period: row.period,
      frameworkVersion: row.frameworkVersion,
      comparable: row.comparable,
      overall: row.overall.value,
      capability: c.key,
      capabilityNumber: c.number,
      domain: c.domain,
      domainScore: row.domains.find((d) => d.key === c.domain)?.score.value ?? null,
      level: c.level,
      notApplicable: c.notApplicable,
      target: c.target,
      gap: c.gap,
      evidence: c.evidence.value,
      evidenceStrength: c.evidence.strength,
    })),
  );
}

/**
 * One row per group and figure (capability or domain); a hidden group gives a single row with
 * its reason and no figure. Level and band columns are present on every row (empty where they
 * do not apply) so the export has one header.
 */
export function aggregateToRows(result: AggregateResult): FlatRow[] {
  const empty = (): FlatRow => ({
    ...Object.fromEntries(result.levels.map((l) => [`level${l}`, null])),
    ...Object.fromEntries(result.bands.map((b) => [`band${b.from}to${b.to}`, null])),
  });
  return result.groups.flatMap((g) => {
    const head = {
      upTo: result.upTo,
      snapshotYear: result.snapshotYear,
      frameworkVersion: result.frameworkVersion,
      group: g.key,
      countries: g.countries,
    };
    if (!g.shown) return [{ ...head, figure: null, key: null, shown: false, reason: g.reason, counted: null, median: null, ...empty() }];
    const capabilities = g.capabilities.map((c) => {
      const row: FlatRow = { ...head, figure: "capability", key: c.key, shown: c.shown, reason: null, counted: null, median: null, ...empty() };
      if (!c.shown) return { ...row, reason: c.reason };
      result.levels.forEach((l, i) => (row[`level${l}`] = c.distribution[i] ?? 0));
      return { ...row, counted: c.assessed, median: c.median };
    });
    const domains = g.domains.map((d) => {
      const row: FlatRow = { ...head, figure: "domain", key: d.key, shown: d.shown, reason: null, counted: null, median: null, ...empty() };
      if (!d.shown) return { ...row, reason: d.reason };
      result.bands.forEach((b, i) => (row[`band${b.from}to${b.to}`] = d.distribution[i] ?? 0));
      return { ...row, counted: d.scored, median: d.median };
    });
    return [...capabilities, ...domains];
  });
}
