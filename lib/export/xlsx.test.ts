import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { englishLabels } from "./labels";
import type { Audience } from "./model";
import { COMMENT_BODY, FRENCH_REASONING, HYPERLINK_TEXT, INTERNAL_TITLE, RESTRICTED_TITLE, makeFixtureInput } from "./test-fixture";
import { reportToXlsx } from "./xlsx";
import { toSheetName } from "./xlsx-sheet";

const input = makeFixtureInput();
const files = new Map<Audience, Buffer>();

beforeAll(async () => {
  for (const a of ["internal", "advisory", "public"] as const) files.set(a, await reportToXlsx(buildReport(input, a, englishLabels)));
});

async function open(audience: Audience): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(files.get(audience)! as unknown as ExcelJS.Buffer);
  return wb;
}

/** Rows of a sheet as objects keyed by header text. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
  const out: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i).value]).filter(([h]) => h !== "undefined")));
  });
  return out;
}

async function allText(audience: Audience): Promise<string> {
  const zip = await JSZip.loadAsync(files.get(audience)!);
  const parts = Object.keys(zip.files).filter((n) => n.endsWith(".xml"));
  return (await Promise.all(parts.map((n) => zip.file(n)!.async("string")))).join("\n");
}

describe("reportToXlsx", () => {
  const report = buildReport(input, "internal", englishLabels);

  it("has the summary first, then one sheet per view, with a bold frozen header", async () => {
    const wb = await open("internal");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary", "Capabilities", "Domains", "Gaps", "Actions", "Evidence", "Trend", "Enablers", "Comments",
    ]);
    const sheet = wb.getWorksheet("Capabilities")!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("holds the scoring figures as numbers", async () => {
    const wb = await open("internal");
    const domains = rowsOf(wb.getWorksheet("Domains")!);
    expect(domains.map((d) => d["Score (0-100)"] ?? null)).toEqual([...report.domains.map((d) => d.value), report.overall.value]);
    const caps = rowsOf(wb.getWorksheet("Capabilities")!);
    expect(caps.map((c) => c["Points (0-100)"] ?? null)).toEqual(report.capabilities.map((c) => c.points));
    const summary = rowsOf(wb.getWorksheet("Summary")!);
    expect(summary.find((r) => r.Item === "Overall score")!.Value).toBe(report.overall.value);
    const trend = rowsOf(wb.getWorksheet("Trend")!);
    expect(trend.map((t) => t["Overall score"])).toEqual(report.trend.map((t) => t.overall));
    expect(rowsOf(wb.getWorksheet("Actions")!)).toHaveLength(report.actions.length);
    expect(rowsOf(wb.getWorksheet("Gaps")!).map((g) => g.Capability)).toEqual(report.gaps.map((g) => g.name));
  });

  it("keeps user text exactly, as text cells, never as formulas", async () => {
    const wb = await open("internal");
    const caps = rowsOf(wb.getWorksheet("Capabilities")!);
    expect(caps.map((c) => c.Reasoning)).toContain(FRENCH_REASONING);
    expect(caps.map((c) => c.Reasoning)).toContain(HYPERLINK_TEXT);
    const xml = await allText("internal");
    expect(xml).not.toMatch(/<f[ >]/);
    const cell = wb.getWorksheet("Capabilities")!.getCell("I4");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe("@");
  });

  it("leaves restricted evidence and comments out of shared versions", async () => {
    const internal = await allText("internal");
    expect(internal).toContain(RESTRICTED_TITLE);
    expect(internal).toContain(COMMENT_BODY);
    const advisory = await allText("advisory");
    expect(advisory).toContain(INTERNAL_TITLE);
    for (const a of ["advisory", "public"] as const) {
      const text = await allText(a);
      expect(text).not.toContain(RESTRICTED_TITLE);
      expect(text).not.toContain(COMMENT_BODY);
      expect((await open(a)).getWorksheet("Comments")).toBeUndefined();
    }
    expect(await allText("public")).not.toContain(INTERNAL_TITLE);
  });

  it("makes valid, unique sheet names", () => {
    expect(toSheetName("A/B: C?")).toBe("A B  C");
    expect(toSheetName("x".repeat(40))).toHaveLength(31);
    expect(toSheetName("Trend", new Set(["trend"]))).toBe("Trend 2");
  });
});
