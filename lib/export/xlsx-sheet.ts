// Writing tables into exceljs worksheets, the same way for every sheet of every workbook.
import ExcelJS from "exceljs";

export type ColumnType = "text" | "integer" | "number" | "share" | "date";

export interface SheetColumn<T> {
  header: string;
  width: number;
  type: ColumnType;
  value: (row: T) => string | number | boolean | null;
}

/**
 * Text columns get the Text number format ("@"). The cells are written as strings, never as
 * formulas, so text such as "=HYPERLINK(...)" is shown, not run, and with the Text format a
 * user who edits the cell in Excel keeps it as text too. No apostrophe is added: it would
 * become part of the value here (unlike in CSV, where spreadsheets strip it).
 */
const NUM_FMT: Record<ColumnType, string | undefined> = {
  text: "@",
  integer: "0",
  number: "0.0##",
  share: "0%",
  date: "yyyy-mm-dd",
};

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
export function toSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  return candidate;
}

/** A calendar date for Excel, at UTC midnight so no time zone moves it to another day. */
function toExcelDate(iso: string): Date | string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d;
}

export function addTableSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn<T>[],
  rows: readonly T[],
): ExcelJS.Worksheet {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  const sheet = workbook.addWorksheet(toSheetName(name, taken), {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: NUM_FMT[c.type] } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const v = c.value(row);
        if (v === null || v === "") return null;
        if (c.type === "date" && typeof v === "string") return toExcelDate(v);
        return v;
      }),
    );
  }
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
