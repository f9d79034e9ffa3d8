import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { mnr } from "@/lib/scoring/test-fixtures";
import { englishLabels } from "./labels";
import { makeXlsxBomb } from "./test-bomb";
import { importTemplateXlsx } from "./xlsx-template";
import { ZIP_LIMITS, checkZipDirectory, listZipEntries, unzipBounded } from "./zip-guard";

const MB = 1024 * 1024;

describe("unzipBounded", () => {
  it("refuses a sheet declared to unpack to 200 MB from the directory alone, inflating nothing", async () => {
    const bomb = await makeXlsxBomb({ unpackedBytes: 200 * MB });
    expect(bomb.length).toBeLessThan(MB);
    const result = unzipBounded(bomb);
    expect(result).toMatchObject({ ok: false, refusal: { code: "zip.tooLarge", params: { max: 20 } }, inflatedBytes: 0 });
  });

  it("refuses a part packed far tighter than any spreadsheet, even under the size cap, inflating nothing", async () => {
    const bomb = await makeXlsxBomb({ unpackedBytes: 10 * MB });
    const result = unzipBounded(bomb);
    expect(result).toMatchObject({ ok: false, refusal: { code: "zip.ratio", params: { max: ZIP_LIMITS.ratio, name: "xl/worksheets/sheet1.xml" } }, inflatedBytes: 0 });
  });

  it("stops a part that lies about its size once it passes what it declared", async () => {
    // Declares 5 MB (under the cap, and a plausible ratio for its packed size) but holds 64 MB.
    const bomb = await makeXlsxBomb({ unpackedBytes: 64 * MB, declaredBytes: 5 * MB });
    const sheet = listZipEntries(bomb)!.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    expect(sheet.unpacked).toBe(5 * MB);
    expect(checkZipDirectory(listZipEntries(bomb)!)).toBeNull();
    const result = unzipBounded(bomb);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.code).toBe("file.notSpreadsheet");
    // One feeding step inflates at most ~1 MB past the declared size.
    expect(result.inflatedBytes).toBeLessThanOrEqual(5 * MB + 2 * MB);
  });

  it("refuses more parts than a workbook has, inflating nothing", () => {
    const files = Object.fromEntries(Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => [`xl/part${i}.xml`, new Uint8Array([60, 97, 47, 62])]));
    expect(unzipBounded(zipSync(files))).toMatchObject({ ok: false, refusal: { code: "zip.tooManyEntries", params: { max: ZIP_LIMITS.entries } }, inflatedBytes: 0 });
  });

  it("refuses bytes that are no zip", () => {
    expect(unzipBounded(new TextEncoder().encode("PK not really a zip"))).toMatchObject({ ok: false, refusal: { code: "file.notSpreadsheet" } });
  });

  it("unpacks a real template whole, every part at its declared size", async () => {
    const template = new Uint8Array(await importTemplateXlsx(mnr, englishLabels));
    const listed = listZipEntries(template)!;
    const result = unzipBounded(template);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.entries.keys()].sort()).toEqual(listed.map((e) => e.name).sort());
    for (const e of listed) expect(result.entries.get(e.name)!.length, e.name).toBe(e.unpacked);
    expect(result.inflatedBytes).toBe(listed.reduce((n, e) => n + e.unpacked, 0));
  });
});
