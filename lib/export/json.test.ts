import { describe, expect, it } from "vitest";
import { buildReport, toCycleInput } from "./build-report";
import { parseAssessmentImport, toExportDocument, toExportJson, type AssessmentExport } from "./json";
import { englishLabels } from "./labels";
import type { Audience, ReportInput } from "./model";
import { CURRENT_ID, FRENCH_REASONING, HYPERLINK_TEXT, RESTRICTED_TITLE, makeFixtureInput } from "./test-fixture";

const input = makeFixtureInput();
const exportFor = (audience: Audience) => toExportJson(buildReport(input, audience, englishLabels));

/** What a draft made from the import would hold, in the same country's history. */
function inputFromImport(data: AssessmentExport): ReportInput {
  const a = data.assessment;
  const current = toCycleInput({ id: a.id, period: a.period, status: a.status }, input.def, data.answers, data.evidence);
  return {
    country: data.country,
    assessment: { ...a, frameworkKey: data.framework.key, frameworkVersion: data.framework.version },
    def: input.def,
    cycles: input.cycles.map((c) => (c.id === CURRENT_ID ? current : c)),
    answers: data.answers,
    evidence: data.evidence,
    actions: data.actions,
    enablers: data.enablers,
    comments: data.comments,
  };
}

describe("toExportJson", () => {
  it("holds the scoring figures and the user's text as written", () => {
    const report = buildReport(input, "internal", englishLabels);
    const doc = JSON.parse(toExportJson(report));
    expect(doc.schema).toBe("mnr-assess/assessment");
    expect(doc.schemaVersion).toBe(1);
    expect(doc.scores.overall.value).toBe(report.overall.value);
    expect(doc.scores.domains.map((d: { value: number }) => d.value)).toEqual(report.domains.map((d) => d.value));
    const reasoning = doc.answers.map((x: { reasoning: string }) => x.reasoning);
    expect(reasoning).toContain(FRENCH_REASONING);
    expect(reasoning).toContain(HYPERLINK_TEXT);
  });

  it("leaves restricted evidence and comments out of shared versions", () => {
    expect(exportFor("internal")).toContain(RESTRICTED_TITLE);
    for (const audience of ["advisory", "ngo", "public"] as const) {
      const doc = JSON.parse(exportFor(audience));
      expect(JSON.stringify(doc)).not.toContain(RESTRICTED_TITLE);
      expect(doc.comments).toEqual([]);
      expect(doc.evidence.every((e: { sensitivity: string }) => e.sensitivity !== "restricted")).toBe(true);
    }
  });

  // Only the internal version holds the whole assessment: a shared one lacks restricted
  // evidence, so a draft made from it has weaker evidence strength, by design.
  it("round-trips: export, import, rebuild, export again gives the same file", () => {
    const first = exportFor("internal");
    const parsed = parseAssessmentImport(first, input.def);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
    const second = toExportJson(buildReport(inputFromImport(parsed.data), "internal", englishLabels));
    expect(second).toBe(first);
  });

  it("accepts the file as bytes with a byte order mark", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${exportFor("internal")}`);
    expect(parseAssessmentImport(bytes, input.def).ok).toBe(true);
  });

  it("validates a fresh document against its own zod schema", () => {
    const doc = toExportDocument(buildReport(input, "advisory", englishLabels));
    expect(doc.audience).toBe("advisory");
    expect(parseAssessmentImport(JSON.stringify(doc), input.def).ok).toBe(true);
  });
});
