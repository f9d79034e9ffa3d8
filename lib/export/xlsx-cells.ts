// Reading what a person typed into a spreadsheet cell, whichever way Excel stored it.
import type ExcelJS from "exceljs";
import { isIsoDate } from "./json-schema";
import type { ProblemCode } from "./problems";
import type { Params } from "./format";

export type CellRead =
  | { kind: "empty" }
  | { kind: "formula" }
  | { kind: "value"; value: string | number | boolean | Date };

export type Converted<T> = { ok: true; value: T } | { ok: false; code: ProblemCode; params?: Params };

export function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "string") return value.trim() === "" ? { kind: "empty" } : { kind: "value", value };
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return { kind: "value", value };
  // Formulas are never evaluated here: the file is data, and a cached result may be stale or forged.
  if ("formula" in value || "sharedFormula" in value) return { kind: "formula" };
  if ("richText" in value) return readCell(value.richText.map((r) => r.text).join(""));
  if ("hyperlink" in value) return readCell(typeof value.text === "string" ? value.text : value.hyperlink);
  return { kind: "empty" };
}

const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
const bad = <T>(code: ProblemCode, params?: Params): Converted<T> => ({ ok: false, code, ...(params ? { params } : {}) });

export function toLevel(cell: CellRead): Converted<number | null> {
  if (cell.kind === "empty") return ok(null);
  if (cell.kind === "formula") return bad("cell.formula");
  const v = cell.value;
  if (typeof v === "number") return Number.isInteger(v) ? ok(v) : bad("level.notInteger");
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return ok(Number.parseInt(v, 10));
  return bad("level.notInteger");
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

/** Empty means no: most capabilities are applicable and people leave the column blank. */
export function toBoolean(cell: CellRead): Converted<boolean> {
  if (cell.kind === "empty") return ok(false);
  if (cell.kind === "formula") return bad("cell.formula");
  const v = cell.value;
  if (typeof v === "boolean") return ok(v);
  const text = String(v).trim().toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return bad("boolean.invalid");
}

/** Text as typed; only fields the forms trim (names, reasons) are trimmed. */
export function toText(cell: CellRead, max: number, trim: boolean): Converted<string> {
  if (cell.kind === "empty") return ok("");
  if (cell.kind === "formula") return bad("cell.formula");
  const v = cell.value;
  const raw = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  const text = trim ? raw.trim() : raw;
  return text.length > max ? bad("text.tooLong", { max }) : ok(text);
}

export function toChoice<T extends string>(cell: CellRead, allowed: readonly T[], code: ProblemCode): Converted<T | null> {
  if (cell.kind === "empty") return ok(null);
  if (cell.kind === "formula") return bad("cell.formula");
  const text = String(cell.value).trim().toLowerCase();
  const found = allowed.find((a) => a === text);
  return found ? ok(found) : bad(code, { allowed: allowed.join(", ") });
}

/** Excel day numbers of 2000-01-01 and 2100-01-01: outside them a number is not a plausible date. */
const SERIAL_RANGE = { min: 36526, max: 73051 };
const EXCEL_EPOCH_OFFSET = 25569; // days from 1899-12-30 (Excel's day 0) to 1970-01-01

/**
 * Excel stores a date as a day number and exceljs returns it as a Date (UTC midnight) when the
 * cell has a date format, or as the bare number when it has another format (e.g. Text, if a
 * date was pasted in). Text must be YYYY-MM-DD.
 */
export function toDate(cell: CellRead): Converted<string | null> {
  if (cell.kind === "empty") return ok(null);
  if (cell.kind === "formula") return bad("cell.formula");
  const v = cell.value;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? bad("date.invalid") : ok(v.toISOString().slice(0, 10));
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < SERIAL_RANGE.min || v > SERIAL_RANGE.max) return bad("date.invalid");
    return ok(new Date((v - EXCEL_EPOCH_OFFSET) * 86_400_000).toISOString().slice(0, 10));
  }
  const text = String(v).trim();
  return isIsoDate(text) ? ok(text) : bad("date.invalid");
}
