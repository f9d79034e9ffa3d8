import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/scoring";
import { buildReport } from "./build-report";
import { reportToCsvRows } from "./csv";
import { englishLabels } from "./labels";
import {
  capabilityRowsForCycles,
  streamOpenDataCsv,
  streamOpenDataJson,
  toOpenDataCycle,
  type OpenDataCycle,
} from "./open-data";
import { capabilityColumns, openDataDictionary } from "./open-data-columns";
import { makeFixtureInput } from "./test-fixture";

const input = makeFixtureInput();
const cycle = toOpenDataCycle(input, "ngo");

async function* many(count: number): AsyncGenerator<OpenDataCycle> {
  for (let i = 0; i < count; i++) yield { ...cycle, assessment: { ...cycle.assessment, id: `asm-${i}` } };
}

describe("open data", () => {
  it("matches the report CSV for the same cycle and audience", () => {
    const fromReport = reportToCsvRows(buildReport(input, "ngo", englishLabels))
      .slice(1)
      .map((r) => r.slice(0, capabilityColumns.length));
    expect(capabilityRowsForCycles([cycle])).toEqual(fromReport);
  });

  it("uses the scoring function's figures and counts only evidence the reader may see", () => {
    const score = scoreAssessment(input.def, cycle.answers);
    const rows = capabilityRowsForCycles([cycle]);
    const overall = capabilityColumns.indexOf("overall_score");
    expect(rows.every((r) => r[overall] === score.overall.value)).toBe(true);
    const count = capabilityColumns.indexOf("evidence_count");
    const legislation = rows.find((r) => r[capabilityColumns.indexOf("capability_key")] === "legislation")!;
    expect(legislation[count]).toBe(1); // the restricted item is not counted for an NGO
  });

  it("streams ~2,000 assessments as CSV chunk by chunk", async () => {
    let chunks = 0;
    let lines = 0;
    let largest = 0;
    for await (const chunk of streamOpenDataCsv(many(2000))) {
      chunks++;
      lines += chunk.split("\r\n").length - 1;
      largest = Math.max(largest, chunk.length);
    }
    expect(chunks).toBe(2001);
    expect(lines).toBe(1 + 2000 * input.def.capabilities.length);
    expect(largest).toBeLessThan(20_000);
  });

  it("streams valid JSON", async () => {
    let text = "";
    for await (const chunk of streamOpenDataJson(many(3))) text += chunk;
    const doc = JSON.parse(text);
    expect(doc.schema).toBe("mnr-assess/open-data");
    expect(doc.assessments).toHaveLength(3);
    expect(doc.assessments[0].capabilities).toHaveLength(21);
    let empty = "";
    for await (const chunk of streamOpenDataJson([])) empty += chunk;
    expect(JSON.parse(empty).assessments).toEqual([]);
  });

  it("documents every column in the dictionary and the README", () => {
    expect(openDataDictionary.map((d) => d.column)).toEqual([...capabilityColumns]);
    const readme = readFileSync(path.join(__dirname, "README.md"), "utf8");
    for (const column of capabilityColumns) expect(readme).toContain(`\`${column}\``);
  });
});
