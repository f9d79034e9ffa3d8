import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { mnr } from "@/lib/scoring/test-fixtures";
import { englishLabels } from "./labels";
import type { ImportProblem, ProblemCode } from "./problems";
import { makeXlsxBomb } from "./test-bomb";
import { FRENCH_REASONING, HYPERLINK_TEXT } from "./test-fixture";
import { TEMPLATE_SHEET, importTemplateXlsx } from "./xlsx-template";
import { parseTemplateXlsx } from "./xlsx-template-parse";

let template: Buffer;
beforeAll(async () => {
  template = await importTemplateXlsx(mnr, englishLabels);
});

/** Opens the template, lets the test fill it as a person would, and saves it again. */
async function filled(edit: (sheet: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  edit(wb.getWorksheet(TEMPLATE_SHEET)!, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function problemsOf(file: Uint8Array): Promise<ImportProblem[]> {
  const result = await parseTemplateXlsx(file, mnr);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
}

function expectProblem(problems: ImportProblem[], row: number | undefined, path: string, code: ProblemCode) {
  expect(problems).toContainEqual(expect.objectContaining({ ...(row === undefined ? {} : { row }), path, code }));
}

describe("importTemplateXlsx", () => {
  it("lists every capability with instructions and drop-down lists", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Instructions", "answers", "meta"]);
    const sheet = wb.getWorksheet(TEMPLATE_SHEET)!;
    expect(sheet.getCell("A2").value).toBe("leadership");
    expect(sheet.getCell("A22").value).toBe("universal-terminology");
    expect(sheet.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ['"0,1,2,3,4"'] });
    expect(sheet.getCell("H2").dataValidation).toMatchObject({ type: "list" });
  });
});

describe("parseTemplateXlsx", () => {
  it("reads a filled-in template back", async () => {
    const file = await filled((sheet) => {
      sheet.getRow(2).values = ["leadership", 1, "Leadership", 2, "no", null, FRENCH_REASONING, "High", 4, new Date(Date.UTC(2026, 11, 31)), "  Ministère  "];
      sheet.getRow(4).values = ["legislation", 3, "Legislation", "1", null, null, HYPERLINK_TEXT, null, 3, "2027-06-30", "+1 Parliament"];
      sheet.getRow(16).values = ["offender-support-systems", 15, "x", null, "yes", "Regional body", null, null, null, null, null];
    });
    const result = await parseTemplateXlsx(file, mnr);
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
    const { answers } = result.data;
    expect(answers).toHaveLength(21);
    expect(answers[0]).toEqual({
      capabilityKey: "leadership",
      level: 2,
      notApplicable: false,
      notApplicableReason: null,
      reasoning: FRENCH_REASONING,
      confidence: "high",
      targetLevel: 4,
      targetDate: "2026-12-31",
      leadAgency: "Ministère",
    });
    expect(answers[2]).toMatchObject({ level: 1, reasoning: HYPERLINK_TEXT, targetDate: "2027-06-30", leadAgency: "+1 Parliament" });
    expect(answers[14]).toMatchObject({ notApplicable: true, notApplicableReason: "Regional body", level: null });
    expect(answers[1]).toMatchObject({ level: null, confidence: null, reasoning: "" });
  });

  it("refuses each bad row with its row number and column", async () => {
    const file = await filled((sheet) => {
      sheet.getCell("D2").value = 9; // level not on the scale
      sheet.getCell("D3").value = 3;
      sheet.getCell("I3").value = 1; // target below level
      sheet.getCell("E4").value = "yes"; // not applicable without a reason
      sheet.getCell("J5").value = "31/12/2026"; // not an ISO date
      sheet.getCell("A6").value = "made-up-capability";
      sheet.getCell("A7").value = "leadership"; // duplicate of row 2
      sheet.getCell("H8").value = "sure";
      sheet.getCell("D9").value = { formula: "1+1", result: 2 };
      sheet.getCell("E10").value = "maybe";
      sheet.getCell("D11").value = 2.5;
    });
    const problems = await problemsOf(file);
    expectProblem(problems, 2, "level", "level.outOfScale");
    expectProblem(problems, 3, "target_level", "target.belowLevel");
    expectProblem(problems, 4, "not_applicable_reason", "notApplicable.reasonMissing");
    expectProblem(problems, 5, "target_date", "date.invalid");
    expectProblem(problems, 6, "capability_key", "capability.unknown");
    expectProblem(problems, 7, "capability_key", "capability.duplicate");
    expectProblem(problems, 8, "confidence", "confidence.invalid");
    expectProblem(problems, 9, "level", "cell.formula");
    expectProblem(problems, 10, "not_applicable", "boolean.invalid");
    expectProblem(problems, 11, "level", "level.notInteger");
    expect(problems.map((p) => p.row)).toEqual([...problems.map((p) => p.row)].sort((a, b) => a! - b!));
  });

  it("refuses a file without the sheet, without a column, or that is no spreadsheet", async () => {
    const renamed = await filled((sheet) => {
      sheet.name = "Sheet1";
    });
    expectProblem(await problemsOf(renamed), undefined, "$", "sheet.missing");
    const noColumn = await filled((sheet) => {
      sheet.getCell("D1").value = "levels";
    });
    expectProblem(await problemsOf(noColumn), 1, "level", "header.missing");
    expectProblem(await problemsOf(new TextEncoder().encode("capability_key,level\nleadership,2\n")), undefined, "$", "file.notSpreadsheet");
  });

  it("refuses a template made for another framework version, and one with no rows", async () => {
    const other = await filled((_sheet, wb) => {
      wb.getWorksheet("meta")!.getCell("B2").value = "2019.1";
    });
    expectProblem(await problemsOf(other), undefined, "meta", "framework.mismatch");
    const empty = await filled((sheet) => {
      for (let r = 2; r <= 22; r++) sheet.getRow(r).values = [];
    });
    expectProblem(await problemsOf(empty), undefined, "$", "rows.empty");
  });

  it("refuses a zip bomb from its directory, naming the limit, before unpacking it", async () => {
    // A few hundred KB whose sheet unpacks to 200 MB: refused on what the zip declares.
    const bomb = await makeXlsxBomb({ unpackedBytes: 200 * 1024 * 1024 });
    const problems = await problemsOf(bomb);
    expect(problems).toEqual([expect.objectContaining({ path: "$", code: "zip.tooLarge", params: { max: 20 } })]);
  });

  it("refuses a sheet with more rows than the limit while reading it", async () => {
    const long = await filled((sheet) => {
      sheet.getCell("A1002").value = "leadership";
    });
    expect(await problemsOf(long)).toEqual([expect.objectContaining({ path: "$", code: "rows.tooMany", params: { max: 1000 } })]);
  });
});
