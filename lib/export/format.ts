// Display helpers shared by the human-readable formats (PDF, DOCX, XLSX summary). Data formats
// (CSV, JSON, XLSX cells) keep raw numbers instead.
import type { LabelKey, ReportLabels } from "./labels";
import type { Report } from "./report-model";

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
export function fillTemplate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(labels: ReportLabels, key: LabelKey, params?: Params): string {
  return fillTemplate(labels[key], params);
}

/** Intl rejects some locale tags; fall back to English digits rather than fail an export. */
function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
  const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false };
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat("en", options);
  }
}

/** Scores (0-100) always with one decimal, so "50.0" and "52.4" line up in tables. */
export function formatScore(value: number | null, labels: ReportLabels): string {
  return value === null ? labels["value.empty"] : numberFormat(labels.locale, 1).format(value);
}

/** Signed, so a reader sees the direction of a change at a glance. */
export function formatChange(value: number | null, labels: ReportLabels, decimals = 1): string {
  if (value === null) return labels["value.empty"];
  const text = numberFormat(labels.locale, decimals).format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

export function formatShare(value: number, labels: ReportLabels): string {
  return `${numberFormat(labels.locale, 0).format(value * 100)}%`;
}

export function formatDecimal(value: number, labels: ReportLabels, decimals: number): string {
  return numberFormat(labels.locale, decimals).format(value);
}

/** The date part of an ISO date or timestamp: unambiguous in every language. */
export function formatDate(value: string | null, labels: ReportLabels): string {
  return value ? value.slice(0, 10) : labels["value.empty"];
}

export function formatYesNo(value: boolean, labels: ReportLabels): string {
  return value ? labels["value.yes"] : labels["value.no"];
}

export function formatText(value: string | null | undefined, labels: ReportLabels): string {
  return value === null || value === undefined || value === "" ? labels["value.empty"] : value;
}

/** "2 Developing", "N/A" or "Not assessed". */
export function formatLevel(
  level: number | null,
  label: string | null,
  notApplicable: boolean,
  labels: ReportLabels,
): string {
  if (notApplicable) return labels["value.notApplicable"];
  if (level === null) return labels["value.notAssessed"];
  return label ? `${level} ${label}` : String(level);
}

/** Looks a dynamic key up with a readable fallback, for values such as an unexpected status. */
export function labelFor(labels: ReportLabels, prefix: string, value: string | null): string {
  if (value === null) return labels["value.empty"];
  const key = `${prefix}.${value}` as LabelKey;
  return key in labels ? labels[key] : value;
}

/** The domain rows and the overall row of the scores table, as PDF and Word print them. */
export function scoreRows(r: Report, evidenceValue: boolean): string[][] {
  const l = r.labels;
  return [...r.domains, { ...r.overall, name: l["column.overall"] }].map((d) => [
    d.name,
    formatScore(d.value, l),
    formatScore(d.target, l),
    formatChange(d.change, l),
    formatShare(d.completeness, l),
    evidenceValue ? `${labelFor(l, "strength", d.evidenceStrength)} (${d.evidence.toFixed(2)})` : labelFor(l, "strength", d.evidenceStrength),
  ]);
}
