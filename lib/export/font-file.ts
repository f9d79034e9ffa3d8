// Preparing the embedded font file once per process.
// 1. WOFF 1.0 to plain TrueType/OpenType (the font package ships WOFF only). The PDF's font
//    library can read WOFF, but inflates a table again on every access: with Amiri's large
//    shaping tables an Arabic report took 11 s. Format: https://www.w3.org/TR/WOFF/ (header,
//    table directory, zlib-compressed tables); the output is the sfnt those tables came from.
// 2. Kerning off (see withoutKerning).
import { inflateSync } from "node:zlib";

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const HEADER = 44;
const ENTRY = 20;

interface Table {
  tag: number;
  checksum: number;
  data: Buffer;
}

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error("not a WOFF 1.0 font");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = HEADER + i * ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (data.length !== origLength) throw new Error("WOFF table has the wrong length after inflating");
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data });
  }
  // Tables are sorted by tag in the directory, as an sfnt requires.
  tables.sort((a, b) => a.tag - b.tag);
  const power = 2 ** Math.floor(Math.log2(numTables));
  const headerSize = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const record = 12 + 16 * i;
    out.writeUInt32BE(t.tag, record);
    out.writeUInt32BE(t.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(t.data.length, record + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

/**
 * Renames the font's "kern" positioning feature so no layout applies it. Kerning pairs in
 * Arabic (a non-joining letter before kaf, say) leave gaps in the PDF's text that readers take
 * for spaces: copied text came out as "كمة والحو" for "والحوكمة". Switching it off per call
 * would also switch off pdfkit's layout cache, so it is done once here. Joining, ligatures
 * and mark placement are other features and stay on. The renamed tag ("kerN") keeps the
 * feature list in the sorted order the format asks for.
 */
export function withoutKerning(sfnt: Buffer): Buffer {
  const out = Buffer.from(sfnt);
  const numTables = out.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    if (out.toString("latin1", record, record + 4) !== "GPOS") continue;
    const gpos = out.readUInt32BE(record + 8);
    const featureList = gpos + out.readUInt16BE(gpos + 6);
    const count = out.readUInt16BE(featureList);
    for (let f = 0; f < count; f++) {
      const tag = featureList + 2 + 6 * f;
      if (out.toString("latin1", tag, tag + 4) === "kern") out.write("kerN", tag, "latin1");
    }
  }
  return out;
}
