import { describe, expect, it } from "vitest";
import { classifyUpload, maxUploadBytes } from "./classify";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A minimal zip made of stored (uncompressed) entries, enough for the classifier. */
function zip(entries: Record<string, string>): Uint8Array {
  const out: number[] = [];
  for (const [name, content] of Object.entries(entries)) {
    const header = new Uint8Array(30);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint32(18, content.length, true);
    view.setUint32(22, content.length, true);
    view.setUint16(26, name.length, true);
    out.push(...header, ...[...name].map((c) => c.charCodeAt(0)), ...[...content].map((c) => c.charCodeAt(0)));
  }
  return new Uint8Array(out);
}

describe("classifyUpload", () => {
  it("accepts PDF, office documents and plain text", () => {
    expect(classifyUpload(bytes("%PDF-1.7\n..."))).toMatchObject({ ok: true, kind: "pdf" });
    expect(classifyUpload(zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" }))).toMatchObject({ ok: true, kind: "word" });
    expect(classifyUpload(zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<x/>" }))).toMatchObject({ ok: true, kind: "excel" });
    expect(classifyUpload(zip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }))).toMatchObject({ ok: true, kind: "opendocument" });
    expect(classifyUpload(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatchObject({ ok: true, kind: "legacy-office" });
    expect(classifyUpload(new TextEncoder().encode("Loi n° 2021-12 relative à la protection de l'enfance\n"))).toMatchObject({ ok: true, kind: "text" });
  });

  it("refuses images, whatever the file is called", () => {
    for (const image of [
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
      bytes([0xff, 0xd8, 0xff, 0xe0]),
      bytes("GIF89a"),
      bytes("RIFF", [0, 0, 0, 0], "WEBP"),
      bytes([0, 0, 0, 0x18], "ftypheic"),
      bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    ]) {
      expect(classifyUpload(image)).toEqual({ ok: false, reason: "image" });
    }
  });

  it("refuses video", () => {
    expect(classifyUpload(bytes([0, 0, 0, 0x18], "ftypmp42"))).toEqual({ ok: false, reason: "video" });
    expect(classifyUpload(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toEqual({ ok: false, reason: "video" });
  });

  it("refuses archives, including a zip dressed up as a document and an office file carrying an archive", () => {
    expect(classifyUpload(zip({ "photos/1.jpg": "x" }))).toEqual({ ok: false, reason: "archive" });
    expect(classifyUpload(zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>", "word/embed.zip": "x" }))).toEqual({ ok: false, reason: "archive" });
    expect(classifyUpload(bytes("Rar!", [0x1a, 0x07]))).toEqual({ ok: false, reason: "archive" });
    expect(classifyUpload(bytes([0x1f, 0x8b, 0x08]))).toEqual({ ok: false, reason: "archive" });
    expect(classifyUpload(bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))).toEqual({ ok: false, reason: "archive" });
  });

  it("refuses empty, oversized and unknown binary files", () => {
    expect(classifyUpload(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    expect(classifyUpload(new Uint8Array(maxUploadBytes + 1).fill(0x41))).toEqual({ ok: false, reason: "tooLarge" });
    expect(classifyUpload(bytes([0x00, 0x01, 0x02, 0xfe]))).toEqual({ ok: false, reason: "unknown" });
  });
});
