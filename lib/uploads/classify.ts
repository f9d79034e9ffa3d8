// What an uploaded file really is, from its bytes, not its name or the browser's claim.
// This platform must never receive abuse material: images, video and archives are refused
// outright, whatever they are called. Only documents are accepted.

export const maxUploadBytes = 10 * 1024 * 1024;

export type Accepted = { ok: true; kind: "pdf" | "word" | "excel" | "powerpoint" | "opendocument" | "legacy-office" | "text"; mimeType: string };
export type Refused = { ok: false; reason: "empty" | "tooLarge" | "image" | "video" | "archive" | "unknown" };

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, text: string, at = 0) => startsWith(b, [...text].map((c) => c.charCodeAt(0)), at);

function isImage(b: Uint8Array): boolean {
  return (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(b, [0xff, 0xd8, 0xff]) || // JPEG
    ascii(b, "GIF8") ||
    (ascii(b, "RIFF") && ascii(b, "WEBP", 8)) ||
    ascii(b, "BM") ||
    startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || // TIFF
    startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (ascii(b, "ftyp", 4) && /^(heic|heix|mif1|avif|hevc)/.test(String.fromCharCode(...b.slice(8, 12)))) ||
    startsWith(b, [0x00, 0x00, 0x01, 0x00]) || // ICO
    /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(new TextDecoder().decode(b.slice(0, 512)))
  );
}

function isVideo(b: Uint8Array): boolean {
  return (ascii(b, "ftyp", 4) && !isImage(b)) || startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]) || (ascii(b, "RIFF") && ascii(b, "AVI ", 8)) || startsWith(b, [0x00, 0x00, 0x01, 0xba]);
}

function isOtherArchive(b: Uint8Array): boolean {
  return (
    ascii(b, "Rar!") ||
    startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || // 7z
    startsWith(b, [0x1f, 0x8b]) || // gzip
    ascii(b, "BZh") ||
    startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) || // xz
    ascii(b, "ustar", 257)
  );
}

/** Names of the entries in a zip file, read from its local headers (enough to tell an office document from an archive). */
function zipEntryNames(b: Uint8Array, limit = 200): string[] {
  const names: string[] = [];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 0;
  while (at + 30 <= b.length && names.length < limit && view.getUint32(at, true) === 0x04034b50) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(b.slice(at + 30, at + 30 + nameLength)));
    const flags = view.getUint16(at + 6, true);
    if (flags & 0x08) break; // sizes follow the data: stop rather than guess
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

function classifyZip(b: Uint8Array): Accepted | Refused {
  const names = zipEntryNames(b);
  const mimetype = names[0] === "mimetype" ? new TextDecoder().decode(b.slice(38, 38 + 80)) : "";
  if (mimetype.includes("application/vnd.oasis.opendocument")) return { ok: true, kind: "opendocument", mimeType: "application/vnd.oasis.opendocument" };
  if (!names.includes("[Content_Types].xml")) return { ok: false, reason: "archive" };
  // An office document holds only its own parts; a media folder is allowed (charts, logos), nested archives are not.
  if (names.some((n) => /\.(zip|rar|7z|gz|tar)$/i.test(n))) return { ok: false, reason: "archive" };
  if (names.some((n) => n.startsWith("word/"))) return { ok: true, kind: "word", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
  if (names.some((n) => n.startsWith("xl/"))) return { ok: true, kind: "excel", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
  if (names.some((n) => n.startsWith("ppt/"))) return { ok: true, kind: "powerpoint", mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation" };
  return { ok: false, reason: "archive" };
}

function isText(b: Uint8Array): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

export function classifyUpload(bytes: Uint8Array): Accepted | Refused {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxUploadBytes) return { ok: false, reason: "tooLarge" };
  if (isImage(bytes)) return { ok: false, reason: "image" };
  if (isVideo(bytes)) return { ok: false, reason: "video" };
  if (isOtherArchive(bytes)) return { ok: false, reason: "archive" };
  if (ascii(bytes, "%PDF-")) return { ok: true, kind: "pdf", mimeType: "application/pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return classifyZip(bytes);
  if (startsWith(bytes, [0x50, 0x4b])) return { ok: false, reason: "archive" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { ok: true, kind: "legacy-office", mimeType: "application/octet-stream" };
  if (isText(bytes)) return { ok: true, kind: "text", mimeType: "text/plain; charset=utf-8" };
  return { ok: false, reason: "unknown" };
}
