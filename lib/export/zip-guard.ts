// Opening an uploaded .xlsx without letting it exhaust memory. A zip says in its central
// directory how large each part unpacks to: that is read first and a file claiming too much
// is refused before a byte is inflated. The claim can lie, so the inflation that follows
// counts what it actually produces and stops at the claimed size and at the overall cap.
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from "fflate";
import { ZIP_LIMITS } from "./import-limits";

export { ZIP_LIMITS };

export type ZipRefusal =
  | { code: "zip.tooManyEntries"; params: { max: number } }
  | { code: "zip.tooLarge"; params: { max: number } }
  | { code: "zip.ratio"; params: { max: number; name: string } }
  | { code: "file.notSpreadsheet"; params: Record<string, never> };

export interface ZipEntryInfo {
  name: string;
  packed: number;
  unpacked: number;
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));
const tooLarge = (): ZipRefusal => ({ code: "zip.tooLarge", params: { max: megabytes(ZIP_LIMITS.unzippedBytes) } });
const notSpreadsheet = (): ZipRefusal => ({ code: "file.notSpreadsheet", params: {} });

/** The central directory only: fflate's filter sees each entry's sizes and declines it, so nothing is inflated. */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, packed: f.size, unpacked: f.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/** Refusal for what the central directory declares, or null when it is within every limit. */
export function checkZipDirectory(entries: readonly ZipEntryInfo[]): ZipRefusal | null {
  if (entries.length > ZIP_LIMITS.entries) return { code: "zip.tooManyEntries", params: { max: ZIP_LIMITS.entries } };
  let total = 0;
  for (const e of entries) {
    total += e.unpacked;
    if (total > ZIP_LIMITS.unzippedBytes) return tooLarge();
    if (e.unpacked > ZIP_LIMITS.ratioGraceBytes && e.unpacked > ZIP_LIMITS.ratio * Math.max(e.packed, 1)) {
      return { code: "zip.ratio", params: { max: ZIP_LIMITS.ratio, name: e.name.slice(0, 120) } };
    }
  }
  return null;
}

export type UnzipResult =
  | { ok: true; entries: Map<string, Uint8Array>; inflatedBytes: number }
  | { ok: false; refusal: ZipRefusal; inflatedBytes: number };

// Fed a little at a time so one step can never inflate more than ~1000 times this much.
const FEED_BYTES = 1024;

/**
 * Every part, inflated under the directory's checks and a running count: a part that
 * produces more than it declared, or a total past the cap, stops the inflation there.
 */
export function unzipBounded(bytes: Uint8Array): UnzipResult {
  const listed = listZipEntries(bytes);
  if (!listed) return { ok: false, refusal: notSpreadsheet(), inflatedBytes: 0 };
  const declared = checkZipDirectory(listed);
  if (declared) return { ok: false, refusal: declared, inflatedBytes: 0 };
  const expected = new Map(listed.map((e) => [e.name, e.unpacked]));

  const entries = new Map<string, Uint8Array>();
  let inflated = 0;
  let refusal: ZipRefusal | null = null;
  const unzip = new Unzip((file) => {
    if (refusal) return;
    const limit = expected.get(file.name);
    if (limit === undefined || entries.has(file.name) || entries.size >= ZIP_LIMITS.entries) {
      refusal = limit === undefined || entries.has(file.name) ? notSpreadsheet() : { code: "zip.tooManyEntries", params: { max: ZIP_LIMITS.entries } };
      return;
    }
    const chunks: Uint8Array[] = [];
    let produced = 0;
    file.ondata = (err, data, final) => {
      if (refusal) return;
      if (err) {
        refusal = notSpreadsheet();
        return;
      }
      produced += data.length;
      inflated += data.length;
      if (produced > limit) refusal = notSpreadsheet();
      else if (inflated > ZIP_LIMITS.unzippedBytes) refusal = tooLarge();
      if (refusal) return file.terminate();
      chunks.push(data);
      if (final) entries.set(file.name, concat(chunks, produced));
    };
    try {
      file.start();
    } catch {
      refusal = notSpreadsheet();
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !refusal; at += FEED_BYTES) {
      unzip.push(bytes.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= bytes.length);
    }
  } catch {
    refusal ??= notSpreadsheet();
  }
  if (refusal) return { ok: false, refusal, inflatedBytes: inflated };
  return { ok: true, entries, inflatedBytes: inflated };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
