// Fonts of the PDF report. Latin text uses the standard Helvetica family (no file embedded);
// Arabic uses Amiri (SIL Open Font License), installed as the npm package @fontsource/amiri so
// a fresh checkout gets it from `npm ci` like any dependency. Only the glyphs a report uses are
// embedded (pdfkit subsets the font).
// Why Amiri: it has one glyph per letter form. Fonts that draw a letter as a shared skeleton
// plus separate dots (Noto Sans Arabic, Noto Naskh Arabic) make the PDF's text layer ambiguous:
// copied or read-aloud text came out with the wrong letters (ذ for د). Amiri's round trips.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { withoutKerning, woffToSfnt } from "./font-file";

export type Role = "regular" | "bold" | "italic";

export const LATIN: Record<Role, string> = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" };

export const ARABIC: Record<Role, string> = { regular: "Amiri", bold: "Amiri-Bold", italic: "Amiri-Italic" };

const FILES: Record<string, string> = {
  Amiri: "amiri-arabic-400-normal.woff",
  "Amiri-Bold": "amiri-arabic-700-normal.woff",
  "Amiri-Italic": "amiri-arabic-400-italic.woff",
};

const PACKAGE = "@fontsource/amiri";

// The font files never change while the server runs: read and unpack each once per process.
const loaded = new Map<string, Buffer>();

/** Where an embedded font's WOFF file is installed. */
export function fontPath(name: string): string {
  const file = FILES[name];
  if (!file) throw new Error(`no font file for ${name}`);
  const fromRoot = path.join(process.cwd(), "node_modules", PACKAGE, "files", file);
  if (existsSync(fromRoot)) return fromRoot;
  return createRequire(path.join(process.cwd(), "package.json")).resolve(`${PACKAGE}/files/${file}`);
}

export function fontData(name: string): Buffer {
  let data = loaded.get(name);
  if (!data) {
    // The file is in node_modules, which the server runs from: no need for the build to trace it.
    data = withoutKerning(woffToSfnt(readFileSync(/*turbopackIgnore: true*/ fontPath(name))));
    loaded.set(name, data);
  }
  return data;
}

/** Registers the embedded fonts with a document the first time it needs them. */
export function registerArabicFonts(doc: PDFKit.PDFDocument): void {
  for (const name of new Set(Object.values(ARABIC))) doc.registerFont(name, fontData(name));
}
