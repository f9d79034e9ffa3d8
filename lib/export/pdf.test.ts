import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { formatScore } from "./format";
import { englishLabels } from "./labels";
import type { Audience } from "./model";
import { reportToPdf } from "./pdf";
import { toWinAnsi } from "./pdf-text";
import { COMMENT_BODY, INTERNAL_TITLE, PUBLIC_TITLE, RESTRICTED_TITLE, makeFixtureInput } from "./test-fixture";

// pdf-parse is a CommonJS dev dependency without types of its own.
const { PDFParse } = createRequire(import.meta.url)("pdf-parse") as {
  PDFParse: new (o: { data: Uint8Array }) => { getText(): Promise<{ text: string; total: number }> };
};

const input = makeFixtureInput();
const pdfs = new Map<Audience, Buffer>();
const texts = new Map<Audience, string>();

/** pdf-parse breaks lines where the layout does; compare with whitespace collapsed. */
const flat = (s: string) => s.replace(/\s+/g, " ");

beforeAll(async () => {
  for (const a of ["internal", "advisory", "public"] as const) {
    const pdf = await reportToPdf(buildReport(input, a, englishLabels));
    pdfs.set(a, pdf);
    texts.set(a, flat((await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text));
  }
});

describe("reportToPdf", () => {
  const report = buildReport(input, "internal", englishLabels);

  it("has selectable text with the scoring figures", () => {
    const text = texts.get("internal")!;
    expect(text).toContain(`Testland scores ${formatScore(report.overall.value, englishLabels)} out of 100`);
    for (const d of report.domains) expect(text).toContain(`${d.name} ${formatScore(d.value, englishLabels)}`);
    expect(text).toContain("Réflexion détaillée");
  });

  it("numbers every page as Page N of M and lists the sections with their pages", () => {
    const text = texts.get("internal")!;
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(8);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toMatch(/Contents Summary 3 Domain and overall scores 4 Charts 5/);
  });

  it("draws the charts with captions and printed numbers", () => {
    const text = texts.get("internal")!;
    expect(text).toContain("Domain scores and targets");
    expect(text).toContain(`${formatScore(report.overall.value, englishLabels)} (target ${formatScore(report.overall.target, englishLabels)})`);
    expect(text).toContain("Capability levels and gaps");
    expect(text).toContain("Overall score over time");
    for (const t of report.trend) expect(text).toContain(t.period);
  });

  it("carries a title, an outline and links in the file", () => {
    const raw = pdfs.get("internal")!.toString("latin1");
    expect(raw).toMatch(/\/Title \(/);
    expect(raw).toContain("/Outlines");
    expect(raw).toContain("/Dests");
  });

  it("leaves restricted evidence and comments out of shared versions", () => {
    expect(texts.get("internal")).toContain(RESTRICTED_TITLE);
    expect(texts.get("internal")).toContain(COMMENT_BODY);
    expect(texts.get("advisory")).toContain(INTERNAL_TITLE);
    for (const a of ["advisory", "public"] as const) {
      expect(texts.get(a)).not.toContain(RESTRICTED_TITLE);
      expect(texts.get(a)).not.toContain(COMMENT_BODY);
      expect(texts.get(a)).not.toContain("Internal comments");
    }
    expect(texts.get("public")).toContain(PUBLIC_TITLE);
    expect(texts.get("public")).not.toContain(INTERNAL_TITLE);
  });

  it("replaces characters the standard fonts cannot draw", () => {
    expect(toWinAnsi("é ≥ 2 → 日本 “ok” €")).toBe("é >= 2 -> ?? “ok” €");
  });
});
