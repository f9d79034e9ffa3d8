// The PDF in Arabic: real glyphs (not "?"), text that copies and reads aloud as the right
// letters, and a page laid out from the right. Positions are read back with pdf.js.
import fc from "fast-check";
import PDFDocument from "pdfkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import ar from "@/lib/i18n/messages/ar.json";
import { buildReport } from "./build-report";
import { englishLabels } from "./labels";
import type { Report } from "./model";
import { reportToPdf } from "./pdf";
import { PdfText } from "./pdf-layout";
import { catalogueLabels, makeArabicFixtureInput, makeFixtureInput } from "./test-fixture";

interface Item {
  str: string;
  x: number;
  y: number;
  right: number;
}

const PAGE_WIDTH = 595.28;
const MARGIN = 50;

async function pagesOf(pdf: Buffer): Promise<Item[][]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: Item[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items.flatMap((i) => ("str" in i && i.str.trim() !== "" ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, right: (i.transform[4] as number) + i.width }] : [])),
    );
  }
  return pages;
}

/** pdf.js returns each word in reading order; a line's words come in page order. */
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** The page whose first line (its heading) holds every word of `title`. */
function pageTitled(pages: Item[][], title: string): Item[] {
  const page = pages.find((items) => {
    const top = Math.max(...items.map((i) => i.y));
    const heading = new Set(items.filter((i) => Math.abs(i.y - top) < 1).map((i) => i.str));
    return words(title).every((w) => heading.has(w));
  });
  if (!page) throw new Error(`no page titled ${title}`);
  return page;
}

const arabic = catalogueLabels(ar, "ar");
let report: Report;
let pdf: Buffer;
let pages: Item[][];
let allText: string;

beforeAll(async () => {
  report = buildReport(makeArabicFixtureInput(), "internal", arabic);
  pdf = await reportToPdf(report);
  pages = await pagesOf(pdf);
  allText = pages.flatMap((p) => p.map((i) => i.str)).join(" ");
});

describe("reportToPdf in Arabic", () => {
  it("embeds an Arabic font and draws no replacement marks", () => {
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Amiri/);
    expect(raw).toContain("/FontFile2");
    // The only question marks are those typed into the fixture's own text (a URL).
    expect(allText.replaceAll("?leak", "")).not.toContain("?");
  });

  it("has text that reads back as the same Arabic words (section titles, names, footer)", () => {
    // pdf.js may split a word where the font kerns two letters apart: compare without spaces.
    const joined = allText.replace(/\s+/g, "");
    const found = { has: (w: string) => joined.includes(w) };
    const expected = [arabic["section.summary"], arabic["section.scores"], arabic["section.capabilities"], arabic["section.methodology"], ...report.domains.map((d) => d.name), ...report.capabilities.map((c) => c.name)];
    const missing = expected.flatMap(words).filter((w) => !found.has(w));
    expect(missing).toEqual([]);
    const last = pages.length;
    for (const w of words(arabic["page.number"].replace("{page}", "1").replace("{pages}", String(last)))) expect(found.has(w)).toBe(true);
  });

  it("aligns headings to the right margin and puts chart labels on the right", async () => {
    const summary = pageTitled(pages, arabic["section.summary"]).find((i) => i.str === arabic["section.summary"])!;
    expect(summary.right).toBeCloseTo(PAGE_WIDTH - MARGIN, 0);

    // The first domain's label: its first word is its rightmost, at the margin.
    const charts = pageTitled(pages, arabic["section.charts"]);
    const label = charts.find((i) => i.str === words(report.domains[0]!.name)[0])!;
    expect(label.right).toBeCloseTo(PAGE_WIDTH - MARGIN, 0);

    // The same report in English starts at the left margin.
    const english = await pagesOf(await reportToPdf(buildReport(makeFixtureInput(), "internal", englishLabels)));
    const englishSummary = english.flat().find((i) => i.str === englishLabels["section.summary"])!;
    expect(englishSummary.x).toBeCloseTo(MARGIN, 0);
  });

  it("orders the first table's columns from the right", () => {
    const scoresPage = pageTitled(pages, arabic["section.scores"]);
    const domainHeader = scoresPage.find((i) => i.str === words(arabic["column.domain"])[0])!;
    const evidenceHeader = scoresPage.find((i) => i.str === words(arabic["column.evidence"])[0])!;
    expect(domainHeader.right).toBeCloseTo(PAGE_WIDTH - MARGIN - 3, 0);
    expect(evidenceHeader.x).toBeLessThan(domainHeader.x);
  });
});

describe("reportToPdf with Arabic typed into an English report", () => {
  it("draws the Arabic words instead of question marks", async () => {
    const input = makeFixtureInput();
    input.answers = input.answers.map((a) => (a.capabilityKey === "leadership" ? { ...a, leadAgency: "وزارة العدل" } : a));
    const text = (await pagesOf(await reportToPdf(buildReport(input, "internal", englishLabels)))).flat().map((i) => i.str);
    expect(text).toContain("وزارة");
    expect(text).toContain("العدل");
  });
});

describe("PdfText", () => {
  it("lays out any text, in either direction, without throwing and within its box", () => {
    const doc = new PDFDocument({ size: "A4" });
    const box = 200;
    const pieces = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("وزارة العدل", "(٢٠٢٤)", "Ministère", "\u200F-3", "😀 نص", "\n"));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), fc.constantFrom("ltr" as const, "rtl" as const), (parts, direction) => {
        const text = new PdfText(doc, direction);
        const value = parts.join(" ");
        doc.y = 100;
        text.draw(value, 50, 100, { width: box, size: 9 });
        expect(Number.isFinite(doc.y)).toBe(true);
        expect(text.height(value, box, { size: 9 })).toBeGreaterThanOrEqual(0);
        const line = text.fit(value, box, { size: 9 });
        expect(text.width(line, { size: 9 })).toBeLessThanOrEqual(box + 1);
      }),
      { numRuns: 150 },
    );
  });
});
