// The spreadsheet a focal point downloads, fills in offline and loads back as a new draft.
import ExcelJS from "exceljs";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { translate } from "./format";
import type { LabelKey, ReportLabels } from "./labels";
import type { AnswerRecord } from "./model";
import { readNames } from "./names";
import { toBuffer } from "./xlsx-sheet";

/** Sheet and column names are machine keys, not translations, so a file reads back whatever language it was made in. */
export const TEMPLATE_SHEET = "answers";
export const TEMPLATE_META_SHEET = "meta";
export const TEMPLATE_VERSION = 1;

export const templateColumns = [
  "capability_key",
  "number",
  "capability",
  "level",
  "not_applicable",
  "not_applicable_reason",
  "reasoning",
  "confidence",
  "target_level",
  "target_date",
  "lead_agency",
] as const;

export type TemplateColumn = (typeof templateColumns)[number];

/** Columns that fill an answer field; number and capability are there to read. */
export const templateFields = {
  capability_key: "capabilityKey",
  level: "level",
  not_applicable: "notApplicable",
  not_applicable_reason: "notApplicableReason",
  reasoning: "reasoning",
  confidence: "confidence",
  target_level: "targetLevel",
  target_date: "targetDate",
  lead_agency: "leadAgency",
} as const satisfies Partial<Record<TemplateColumn, keyof AnswerRecord>>;

const WIDTHS: Record<TemplateColumn, number> = {
  capability_key: 30,
  number: 8,
  capability: 40,
  level: 8,
  not_applicable: 14,
  not_applicable_reason: 30,
  reasoning: 60,
  confidence: 12,
  target_level: 12,
  target_date: 14,
  lead_agency: 30,
};

const READ_ONLY_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };

function list(values: readonly (string | number)[]): ExcelJS.DataValidation {
  return { type: "list", allowBlank: true, showErrorMessage: true, formulae: [`"${values.join(",")}"`] };
}

function addInstructions(wb: ExcelJS.Workbook, def: FrameworkDefinition, labels: ReportLabels): void {
  const sheet = wb.addWorksheet(labels["template.sheet"].slice(0, 31) || "Instructions");
  sheet.columns = [{ width: 26 }, { width: 100 }];
  sheet.addRow([translate(labels, "template.title", { framework: def.name, version: def.version })]).font = { bold: true, size: 14 };
  sheet.addRow([labels["template.intro"]]);
  sheet.mergeCells(2, 1, 2, 2);
  sheet.getRow(2).alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(2).height = 60;
  sheet.addRow([]);
  sheet.addRow([labels["template.column"], labels["template.meaning"]]).font = { bold: true };
  const levels = def.scale.levels.map((l) => `${l.value} ${readNames(def, labels.locale).level(l.value)?.label ?? l.label}`).join(", ");
  for (const column of templateColumns) {
    sheet.addRow([column, translate(labels, `template.help.${column}` as LabelKey, { levels })]);
  }
}

/**
 * One row per capability with its key, number and name filled in. Level, confidence and
 * yes/no columns offer drop-down lists; text and date columns use the Text format so that
 * Excel keeps "2026-12-31" and "=..." exactly as typed.
 */
export async function importTemplateXlsx(def: FrameworkDefinition, labels: ReportLabels): Promise<Buffer> {
  const names = readNames(def, labels.locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = "MNR Assess";
  addInstructions(wb, def, labels);

  const sheet = wb.addWorksheet(TEMPLATE_SHEET, { views: [{ state: "frozen", ySplit: 1, xSplit: 3 }] });
  sheet.columns = templateColumns.map((key) => ({
    header: key,
    key,
    width: WIDTHS[key],
    style: key === "number" || key === "level" || key === "target_level" ? {} : { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  const levels = def.scale.levels.map((l) => l.value);
  for (const c of [...def.capabilities].sort((a, b) => a.number - b.number)) {
    const row = sheet.addRow({ capability_key: c.key, number: c.number, capability: names.capability(c.key).name });
    for (const col of [1, 2, 3]) row.getCell(col).fill = READ_ONLY_FILL;
    row.getCell("level").dataValidation = list(levels);
    row.getCell("target_level").dataValidation = list(levels);
    row.getCell("confidence").dataValidation = list(["low", "medium", "high"]);
    row.getCell("not_applicable").dataValidation = list(["yes", "no"]);
  }

  // Says which framework the rows belong to, so a file for another version is refused.
  const meta = wb.addWorksheet(TEMPLATE_META_SHEET, { state: "hidden" });
  meta.addRows([
    ["framework_key", def.key],
    ["framework_version", def.version],
    ["template_version", TEMPLATE_VERSION],
  ]);
  return toBuffer(wb);
}
