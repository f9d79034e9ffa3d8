// Reading a filled-in answer template back. All or nothing: any problem refuses the file.
// The zip is checked and unpacked under the zip guard's caps, then its rows streamed up to
// the row limit, so no upload can make the server hold more than those caps.
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { checkAnswers, checkFramework } from "./import-rules";
import { TEMPLATE_MAX_ROWS } from "./import-limits";
import { IMPORT_LIMITS } from "./json-schema";
import type { AnswerRecord } from "./model";
import { makeProblem, sortProblems, type ImportProblem, type ImportResult } from "./problems";
import { readCell, toBoolean, toChoice, toDate, toLevel, toText, type Converted } from "./xlsx-cells";
import { readSheets, type SheetRow } from "./xlsx-stream";
import { TEMPLATE_META_SHEET, TEMPLATE_SHEET, templateFields, type TemplateColumn } from "./xlsx-template";
import { unzipBounded } from "./zip-guard";

export interface TemplateImport {
  framework: { key: string; version: string };
  answers: AnswerRecord[];
}

type FieldColumn = keyof typeof templateFields;
type Field = (typeof templateFields)[FieldColumn];

const MAX_ROWS = TEMPLATE_MAX_ROWS;
const MAX_META_ROWS = 100;
const columnOf = Object.fromEntries(Object.entries(templateFields).map(([col, field]) => [field, col])) as Record<Field, FieldColumn>;

/** Values of the meta sheet's first two columns, key by key. */
function readMeta(rows: readonly SheetRow[]): { key: string; version: string } {
  const values = new Map(rows.map((r) => [String(r.values[1] ?? ""), String(r.values[2] ?? "")]));
  return { key: values.get("framework_key") ?? "", version: values.get("framework_version") ?? "" };
}

/** Column number of each key in the header row, matched without regard to case or spaces. */
function readHeader(row: SheetRow | undefined): Map<string, number> {
  const header = new Map<string, number>();
  row?.values.forEach((value, col) => {
    const read = readCell(value);
    if (read.kind === "value") header.set(String(read.value).trim().toLowerCase(), col);
  });
  return header;
}

export async function parseTemplateXlsx(file: Uint8Array, def: FrameworkDefinition): Promise<ImportResult<TemplateImport>> {
  const fail = (problems: ImportProblem[]) => ({ ok: false as const, problems: sortProblems(problems) });
  if (file.byteLength > IMPORT_LIMITS.bytes) return fail([makeProblem("file.tooLarge", { path: "$" }, { max: IMPORT_LIMITS.bytes })]);
  const unzipped = unzipBounded(file);
  if (!unzipped.ok) return fail([makeProblem(unzipped.refusal.code, { path: "$" }, unzipped.refusal.params)]);
  let read: Awaited<ReturnType<typeof readSheets>>;
  try {
    read = await readSheets(unzipped.entries, [
      { name: TEMPLATE_META_SHEET, maxRow: MAX_META_ROWS },
      { name: TEMPLATE_SHEET, maxRow: MAX_ROWS + 1 },
    ]);
  } catch {
    return fail([makeProblem("file.notSpreadsheet", { path: "$" })]);
  }
  if (!read.ok) return fail([makeProblem("rows.tooMany", { path: read.tooManyRows === TEMPLATE_SHEET ? "$" : TEMPLATE_META_SHEET }, { max: read.tooManyRows === TEMPLATE_SHEET ? MAX_ROWS : MAX_META_ROWS })]);

  const metaRows = read.sheets.get(TEMPLATE_META_SHEET);
  const problems: ImportProblem[] = metaRows ? checkFramework(readMeta(metaRows), def, { path: TEMPLATE_META_SHEET }) : [];
  const sheet = read.sheets.get(TEMPLATE_SHEET);
  if (!sheet) return fail([...problems, makeProblem("sheet.missing", { path: "$" }, { sheet: TEMPLATE_SHEET })]);
  const header = readHeader(sheet.find((r) => r.number === 1));
  const missing = (Object.keys(templateFields) as FieldColumn[]).filter((c) => !header.has(c));
  if (missing.length > 0) {
    return fail([...problems, ...missing.map((column) => makeProblem("header.missing", { row: 1, path: column }, { column }))]);
  }

  const rows: { row: number; answer: Partial<AnswerRecord> }[] = [];
  for (const { number: r, values } of sheet) {
    if (r < 2) continue;
    const cell = (column: TemplateColumn) => readCell(values[header.get(column)!]);
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
