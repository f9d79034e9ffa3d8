// Rows of a workbook's sheets, read as a stream with a row limit. The parts come already
// unpacked under the zip guard; they are stored again uncompressed, workbook and shared strings
// first, so exceljs's streaming reader knows each sheet's name when it reaches it and never
// parks a sheet in a temporary file.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { zipSync, type Zippable } from "fflate";

export interface SheetRow {
  number: number;
  /** Cell values by column number (1-based, as exceljs numbers them). */
  values: readonly ExcelJS.CellValue[];
}

export interface WantedSheet {
  /** Sheet name, compared without regard to case or surrounding spaces. */
  name: string;
  /** Highest row number read; a sheet with a row past it is refused (`tooManyRows`). */
  maxRow: number;
}

export type SheetsRead = { ok: true; sheets: Map<string, SheetRow[]> } | { ok: false; tooManyRows: string };

const leading = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml"];
const noSharedStrings = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

function restore(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const name of leading) {
    const part = parts.get(name) ?? (name === "xl/sharedStrings.xml" ? noSharedStrings : undefined);
    if (part) files[name] = part;
  }
  for (const [name, part] of parts) if (!(name in files)) files[name] = part;
  return zipSync(files, { level: 0 });
}

/** The wanted sheets' rows (absent from the map when the workbook has no such sheet). */
export async function readSheets(parts: ReadonlyMap<string, Uint8Array>, wanted: readonly WantedSheet[]): Promise<SheetsRead> {
  const zip = restore(parts);
  // A view of the same bytes, not a copy: the parts may be up to the guard's cap.
  const input = Readable.from([Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const sheets = new Map<string, SheetRow[]>();
  for await (const sheet of reader) {
    const name = String((sheet as unknown as { name?: string }).name ?? "").trim().toLowerCase();
    const want = wanted.find((w) => w.name === name);
    if (!want || sheets.has(want.name)) continue;
    const rows: SheetRow[] = [];
    for await (const row of sheet) {
      if (row.number > want.maxRow) return { ok: false, tooManyRows: want.name };
      rows.push({ number: row.number, values: row.values as ExcelJS.CellValue[] });
    }
    sheets.set(want.name, rows);
  }
  return { ok: true, sheets };
}
