// Zip bombs made on the spot for tests and the import benchmark: an .xlsx whose sheet is a long
// run of one byte, so a file of a few hundred KB unpacks to hundreds of MB. fflate writes the
// zip; the sheet is deflated by Node's zlib in 1 MB steps (fflate's own deflate is several
// times slower on such input), so building one never holds the unpacked sheet in memory.
import { crc32, createDeflateRaw } from "node:zlib";
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";

const parts: Record<string, string> = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="answers" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

export interface BombOptions {
  /** Bytes the sheet unpacks to. */
  unpackedBytes: number;
  /** Size written into the central directory instead of the true one (a lying bomb). */
  declaredBytes?: number;
}

/** An .xlsx whose one sheet is `<sheetData><row r="1"><c t="inlineStr"><is><t>AAAA…`. */
export async function makeXlsxBomb(opts: BombOptions): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  let done: (v: void) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const finished = new Promise<void>((resolve, reject) => ((done = resolve), (fail = reject)));
  const zip = new Zip((err, chunk, final) => {
    if (err) return fail(err);
    out.push(chunk);
    if (final) done();
  });
  for (const [name, text] of Object.entries(parts)) {
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(new TextEncoder().encode(text), true);
  }

  const head = new TextEncoder().encode('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>');
  const step = new Uint8Array(1024 * 1024).fill(0x41);
  let crc = crc32(head);
  let remaining = Math.max(0, opts.unpackedBytes - head.length);
  for (let left = remaining; left > 0; left -= step.length) crc = crc32(step.subarray(0, Math.min(step.length, left)), crc);
  const sheet: ZipInputFile = { filename: "xl/worksheets/sheet1.xml", compression: 8, size: opts.declaredBytes ?? head.length + remaining, crc };
  zip.add(sheet);

  const deflate = createDeflateRaw({ level: 9 });
  const packed: Buffer[] = [];
  deflate.on("data", (b: Buffer) => packed.push(b));
  const flushed = new Promise<void>((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  const write = (b: Uint8Array) => new Promise<void>((resolve) => (deflate.write(b) ? resolve() : deflate.once("drain", () => resolve())));
  await write(head);
  for (; remaining > 0; remaining -= step.length) await write(step.subarray(0, Math.min(step.length, remaining)));
  deflate.end();
  await flushed;
  sheet.ondata!(null, new Uint8Array(Buffer.concat(packed)), true);
  zip.end();
  await finished;
  return new Uint8Array(Buffer.concat(out));
}
