import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { CSV_BOM, reportCsvColumns, reportToCsv, reportToCsvRows, toCsv } from "./csv";
import { englishLabels } from "./labels";
import { HYPERLINK_TEXT, makeFixtureInput } from "./test-fixture";

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      endCell();
    } else if (ch === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe("toCsv", () => {
  it("quotes per RFC 4180 and ends every record with CRLF", () => {
    expect(toCsv([["a", 'say "hi"', "x,y", "line\nbreak", null, 3]])).toBe('a,"say ""hi""","x,y","line\nbreak",,3\r\n');
  });

  it("escapes text that a spreadsheet would run as a formula", () => {
    const line = toCsv([["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain"]]);
    expect(readCsv(line)[0]).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "plain"]);
  });

  it("leaves numbers given as numbers alone", () => {
    expect(toCsv([[-3, -0.5, 0, 12.5]])).toBe("-3,-0.5,0,12.5\r\n");
  });

  it("adds a byte order mark only when asked", () => {
    expect(toCsv([["é"]], { bom: true }).startsWith(CSV_BOM)).toBe(true);
    expect(toCsv([["é"]]).startsWith(CSV_BOM)).toBe(false);
  });
});

describe("reportToCsv", () => {
  const report = buildReport(makeFixtureInput(), "internal", englishLabels);
  const rows = readCsv(reportToCsv(report).slice(1));
  const header = rows[0]!;
  const col = (row: string[], name: (typeof reportCsvColumns)[number]) => row[header.indexOf(name)];

  it("has a header and one row per capability", () => {
    expect(header).toEqual([...reportCsvColumns]);
    expect(rows).toHaveLength(1 + report.capabilities.length);
    expect(reportToCsvRows(report)).toHaveLength(rows.length);
  });

  it("holds the scoring figures", () => {
    for (const [i, c] of report.capabilities.entries()) {
      const row = rows[i + 1]!;
      expect(col(row, "capability_key")).toBe(c.key);
      expect(col(row, "overall_score")).toBe(String(report.overall.value));
      expect(col(row, "capability_points")).toBe(c.points === null ? "" : String(c.points));
      expect(col(row, "domain_score")).toBe(String(report.domains.find((d) => d.key === c.domainKey)!.value ?? ""));
    }
  });

  it("escapes user text that looks like a formula", () => {
    const legislation = rows.find((r) => col(r, "capability_key") === "legislation")!;
    expect(col(legislation, "reasoning")).toBe(`'${HYPERLINK_TEXT}`);
    expect(col(legislation, "lead_agency")).toBe("'+1 Parliament committee");
    const helpline = rows.find((r) => col(r, "capability_key") === "child-helpline")!;
    expect(col(helpline, "reasoning")).toBe("'@SUM(A1:A9)");
  });

  it("leaves a not-applicable capability without level", () => {
    const na = rows.find((r) => col(r, "capability_key") === "offender-support-systems")!;
    expect(col(na, "not_applicable")).toBe("true");
    expect(col(na, "level")).toBe("");
  });
});
