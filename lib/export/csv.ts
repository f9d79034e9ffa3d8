// RFC 4180 CSV with protection against spreadsheet formula injection (OWASP "CSV injection").
import type { Report } from "./model";
import { capabilityColumns, capabilityRow } from "./open-data-columns";

export type CsvCell = string | number | boolean | null | undefined;

/** A UTF-8 byte order mark: without it Excel reads UTF-8 files as the local code page. */
export const CSV_BOM = "\uFEFF";

/**
 * Characters that make a spreadsheet treat a cell as a formula. A text cell starting with one
 * gets an apostrophe in front, which spreadsheets show as plain text. Numbers passed as
 * numbers are never touched, so -3 stays a number; "-3" passed as text is escaped, because
 * text from users is never trusted to be "just a number".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const safe = escapeFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function toCsvLine(row: readonly CsvCell[]): string {
  return `${row.map(formatCell).join(",")}\r\n`;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  let out = options.bom ? CSV_BOM : "";
  for (const row of rows) out += toCsvLine(row);
  return out;
}

/** Columns of the report CSV: the open-data columns, then what only the country's report holds. */
export const reportCsvColumns = [
  ...capabilityColumns,
  "level_label",
  "lead_agency",
  "not_applicable_reason",
  "reasoning",
  "level_change",
] as const;

/**
 * One row per capability of the report's cycle, with a header row first. Header names are
 * stable machine names (documented in README.md), so a file can be read by scripts whatever
 * language the report was made in.
 */
export function reportToCsvRows(report: Report): CsvCell[][] {
  const domains = new Map(report.domains.map((d) => [d.key, d.value]));
  const rows: CsvCell[][] = [[...reportCsvColumns]];
  for (const c of report.capabilities) {
    rows.push([
      ...capabilityRow({
        country: report.country,
        assessment: report.assessment,
        method: report.framework.method,
        capability: c,
        domainScore: domains.get(c.domainKey) ?? null,
        overallScore: report.overall.value,
      }),
      c.levelLabel,
      c.leadAgency,
      c.notApplicableReason,
      c.reasoning,
      c.change,
    ]);
  }
  return rows;
}

export function reportToCsv(report: Report, options: { bom?: boolean } = { bom: true }): string {
  return toCsv(reportToCsvRows(report), options);
}
