import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { reportToDocx } from "./docx";
import { formatScore } from "./format";
import { englishLabels } from "./labels";
import type { Audience } from "./model";
import { COMMENT_BODY, FRENCH_REASONING, HYPERLINK_TEXT, INTERNAL_TITLE, PUBLIC_TITLE, RESTRICTED_TITLE, makeFixtureInput } from "./test-fixture";

const input = makeFixtureInput();
const xml = new Map<Audience, string>();

/** The document's visible text: runs joined, entities decoded. */
function textOf(documentXml: string): string {
  return documentXml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

beforeAll(async () => {
  for (const a of ["internal", "advisory", "ngo"] as const) {
    const zip = await JSZip.loadAsync(await reportToDocx(buildReport(input, a, englishLabels)));
    xml.set(a, await zip.file("word/document.xml")!.async("string"));
  }
});

describe("reportToDocx", () => {
  const report = buildReport(input, "internal", englishLabels);

  it("has real headings and a table of contents field", () => {
    const doc = xml.get("internal")!;
    expect(doc).toContain('w:val="Heading1"');
    expect(doc).toContain('w:val="Heading2"');
    expect(doc).toContain("TOC \\h \\o &quot;1-2&quot;");
    expect(doc).toContain("<w:tbl>");
  });

  it("states the scoring figures", () => {
    const text = textOf(xml.get("internal")!);
    expect(text).toContain(formatScore(report.overall.value, englishLabels));
    for (const d of report.domains) expect(text).toContain(`${d.name}\n${formatScore(d.value, englishLabels)}`);
    expect(text).toContain("Methodology");
  });

  it("keeps user text exactly as written", () => {
    const text = textOf(xml.get("internal")!);
    expect(text).toContain(FRENCH_REASONING);
    expect(text).toContain(HYPERLINK_TEXT);
  });

  it("leaves restricted evidence and comments out of shared versions", () => {
    const internal = textOf(xml.get("internal")!);
    expect(internal).toContain(RESTRICTED_TITLE);
    expect(internal).toContain(COMMENT_BODY);
    const advisory = textOf(xml.get("advisory")!);
    expect(advisory).toContain(INTERNAL_TITLE);
    expect(advisory).not.toContain(RESTRICTED_TITLE);
    expect(advisory).not.toContain(COMMENT_BODY);
    const ngo = textOf(xml.get("ngo")!);
    expect(ngo).toContain(PUBLIC_TITLE);
    expect(ngo).not.toContain(INTERNAL_TITLE);
    expect(ngo).not.toContain(RESTRICTED_TITLE);
    expect(ngo).not.toContain(COMMENT_BODY);
  });
});

describe("reportToDocx in Arabic", () => {
  it("lays the document out right to left", async () => {
    const { makeFixtureInput } = await import("./test-fixture");
    const arabic = buildReport(makeFixtureInput(), "internal", { ...englishLabels, locale: "ar" });
    const zip = await JSZip.loadAsync(await reportToDocx(arabic));
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain("<w:bidi/>");
    expect(styles).toContain("<w:rtl/>");
    const english = await JSZip.loadAsync(await reportToDocx(buildReport(makeFixtureInput(), "internal", englishLabels)));
    expect(await english.file("word/styles.xml")!.async("string")).not.toContain("<w:bidi/>");
  });
});
