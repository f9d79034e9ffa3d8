// Reading a filled-in answer template back. All or nothing: any problem refuses the file.
import ExcelJS from "exceljs";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { checkAnswers, checkFramework } from "./import-rules";
import { IMPORT_LIMITS } from "./json-schema";
import type { AnswerRecord } from "./model";
import { makeProblem, sortProblems, type ImportProblem, type ImportResult } from "./problems";
import { readCell, toBoolean, toChoice, toDate, toLevel, toText, type Converted } from "./xlsx-cells";
import { TEMPLATE_META_SHEET, TEMPLATE_SHEET, templateFields, type TemplateColumn } from "./xlsx-template";

export interface TemplateImport {
  framework: { key: string; version: string };
  answers: AnswerRecord[];
}

type FieldColumn = keyof typeof templateFields;
type Field = (typeof templateFields)[FieldColumn];

const MAX_ROWS = 1000;
const columnOf = Object.fromEntries(Object.entries(templateFields).map(([col, field]) => [field, col])) as Record<Field, FieldColumn>;

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((w) => w.name.trim().toLowerCase() === name);
}

function readMeta(wb: ExcelJS.Workbook): { key: string; version: string } | null {
  const sheet = findSheet(wb, TEMPLATE_META_SHEET);
  if (!sheet) return null;
  const values = new Map<string, string>();
  sheet.eachRow((row) => values.set(String(row.getCell(1).value ?? ""), String(row.getCell(2).value ?? "")));
  return { key: values.get("framework_key") ?? "", version: values.get("framework_version") ?? "" };
}

/** Column number of each key in the header row, matched without regard to case or spaces. */
function readHeader(sheet: ExcelJS.Worksheet): Map<string, number> {
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const read = readCell(cell.value);
    if (read.kind === "value") header.set(String(read.value).trim().toLowerCase(), col);
  });
  return header;
}

export async function parseTemplateXlsx(file: Uint8Array, def: FrameworkDefinition): Promise<ImportResult<TemplateImport>> {
  const fail = (problems: ImportProblem[]) => ({ ok: false as const, problems: sortProblems(problems) });
  if (file.byteLength > IMPORT_LIMITS.bytes) return fail([makeProblem("file.tooLarge", { path: "$" }, { max: IMPORT_LIMITS.bytes })]);
  const wb = new ExcelJS.Workbook();
  try {
    const bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return fail([makeProblem("file.notSpreadsheet", { path: "$" })]);
  }

  const meta = readMeta(wb);
  const problems: ImportProblem[] = meta ? checkFramework(meta, def, { path: TEMPLATE_META_SHEET }) : [];
  const sheet = findSheet(wb, TEMPLATE_SHEET);
  if (!sheet) return fail([...problems, makeProblem("sheet.missing", { path: "$" }, { sheet: TEMPLATE_SHEET })]);
  const header = readHeader(sheet);
  const missing = (Object.keys(templateFields) as FieldColumn[]).filter((c) => !header.has(c));
  if (missing.length > 0) {
    return fail([...problems, ...missing.map((column) => makeProblem("header.missing", { row: 1, path: column }, { column }))]);
  }
  if (sheet.rowCount - 1 > MAX_ROWS) return fail([...problems, makeProblem("rows.tooMany", { path: "$" }, { max: MAX_ROWS })]);

  const rows: { row: number; answer: Partial<AnswerRecord> }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = sheet.getRow(r);
    const cell = (column: TemplateColumn) => readCell(cells.getCell(header.get(column)!).value);
    if ((Object.keys(templateFields) as FieldColumn[]).every((c) => cell(c).kind === "empty")) continue;
    const answer: Partial<AnswerRecord> = {};
    const take = <F extends Field>(field: F, result: Converted<AnswerRecord[F]>) => {
      if (result.ok) answer[field] = result.value;
      else problems.push(makeProblem(result.code, { row: r, path: columnOf[field] }, result.params));
    };
    const key = toText(cell("capability_key"), 80, true);
    if (key.ok && key.value === "") problems.push(makeProblem("field.required", { row: r, path: "capability_key" }));
    else take("capabilityKey", key);
    take("level", toLevel(cell("level")));
    take("notApplicable", toBoolean(cell("not_applicable")));
    const reason = toText(cell("not_applicable_reason"), 2000, true);
    take("notApplicableReason", reason.ok ? { ok: true, value: reason.value || null } : reason);
    take("reasoning", toText(cell("reasoning"), 10_000, false));
    take("confidence", toChoice(cell("confidence"), ["low", "medium", "high"] as const, "confidence.invalid"));
    take("targetLevel", toLevel(cell("target_level")));
    take("targetDate", toDate(cell("target_date")));
    take("leadAgency", toText(cell("lead_agency"), 200, true));
    rows.push({ row: r, answer });
  }
  if (rows.length === 0) problems.push(makeProblem("rows.empty", { path: "$" }));

  const locate = (i: number, field: string) => ({ row: rows[i]!.row, path: columnOf[field as Field] ?? field });
  problems.push(...checkAnswers(rows.map((r) => r.answer), def, locate));
  if (problems.length > 0) return fail(problems);
  return {
    ok: true,
    data: { framework: { key: def.key, version: def.version }, answers: rows.map((r) => r.answer as AnswerRecord) },
  };
}
