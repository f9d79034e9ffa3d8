import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { withoutKerning, woffToSfnt } from "./font-file";
import { fontPath } from "./pdf-fonts";

const woff = readFileSync(fontPath("Amiri"));

function tableDirectory(sfnt: Buffer): Map<string, { offset: number; length: number }> {
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < sfnt.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    tables.set(sfnt.toString("latin1", at, at + 4), { offset: sfnt.readUInt32BE(at + 8), length: sfnt.readUInt32BE(at + 12) });
  }
  return tables;
}

function featureTags(sfnt: Buffer): string[] {
  const gpos = tableDirectory(sfnt).get("GPOS")!.offset;
  const list = gpos + sfnt.readUInt16BE(gpos + 6);
  return Array.from({ length: sfnt.readUInt16BE(list) }, (_, f) => sfnt.toString("latin1", list + 2 + 6 * f, list + 6 + 6 * f));
}

function widthIn(font: Buffer, text: string): number {
  const doc = new PDFDocument();
  doc.registerFont("f", font);
  return doc.font("f").fontSize(100).widthOfString(text);
}

describe("woffToSfnt", () => {
  it("unpacks every table to its original length, in tag order", () => {
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour
    const tables = tableDirectory(sfnt);
    expect(tables.size).toBe(woff.readUInt16BE(12));
    for (let i = 0; i < woff.readUInt16BE(12); i++) {
      const at = 44 + 20 * i;
      expect(tables.get(woff.toString("latin1", at, at + 4))?.length).toBe(woff.readUInt32BE(at + 12));
    }
    const tags = [...tables.keys()];
    expect(tags).toEqual([...tags].sort());
  });

  it("gives a font that measures Arabic exactly as the packed one does", () => {
    // One letter: no kerning pair involved, so both files must agree to the unit.
    expect(widthIn(woffToSfnt(woff), "ب")).toBe(widthIn(woff, "ب"));
    expect(widthIn(woffToSfnt(woff), "الدرجة")).toBeGreaterThan(0);
  });

  it("refuses a file that is not WOFF", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, just some text here that is long enough"))).toThrow("not a WOFF 1.0 font");
  });
});

describe("withoutKerning", () => {
  it("renames the kerning feature and changes nothing else", () => {
    const sfnt = woffToSfnt(woff);
    const before = featureTags(sfnt);
    expect(before).toContain("kern");
    const after = withoutKerning(sfnt);
    expect(featureTags(after)).toEqual(before.map((t) => (t === "kern" ? "kerN" : t)));
    const changed = [...after].filter((byte, i) => byte !== sfnt[i]).length;
    expect(changed).toBe(before.filter((t) => t === "kern").length);
    expect(sfnt.length).toBe(after.length);
  });
});
