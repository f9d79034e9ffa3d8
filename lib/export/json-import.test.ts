import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { parseAssessmentImport, toExportDocument } from "./json";
import { IMPORT_LIMITS } from "./json-schema";
import { englishLabels } from "./labels";
import type { ImportProblem, ProblemCode } from "./problems";
import { makeFixtureInput } from "./test-fixture";

const input = makeFixtureInput();
const good = () => JSON.parse(JSON.stringify(toExportDocument(buildReport(input, "internal", englishLabels))));

function problemsOf(doc: unknown): ImportProblem[] {
  const result = parseAssessmentImport(typeof doc === "string" ? doc : JSON.stringify(doc), input.def);
  if (result.ok) throw new Error("expected the import to be refused");
  return result.problems;
}

function expectProblem(problems: ImportProblem[], path: string, code: ProblemCode) {
  expect(problems).toContainEqual(expect.objectContaining({ path, code }));
}

describe("parseAssessmentImport refuses", () => {
  it("a file that is not JSON, or not an assessment export, or a later schema version", () => {
    expectProblem(problemsOf("{ not json"), "$", "file.notJson");
    expectProblem(problemsOf({ hello: "world" }), "schema", "schema.unknown");
    expectProblem(problemsOf([1, 2]), "schema", "schema.unknown");
    expectProblem(problemsOf({ ...good(), schemaVersion: 2 }), "schemaVersion", "schema.unsupportedVersion");
  });

  it("a file that is too large", () => {
    const huge = " ".repeat(IMPORT_LIMITS.bytes + 1);
    expectProblem(problemsOf(huge), "$", "file.tooLarge");
  });

  it("another framework version", () => {
    const doc = good();
    doc.framework.version = "2019.1";
    expectProblem(problemsOf(doc), "framework", "framework.mismatch");
  });

  it("every answer problem at once, each with its path", () => {
    const doc = good();
    doc.answers[0].level = 7;
    doc.answers[1].level = 3;
    doc.answers[1].targetLevel = 1;
    doc.answers[2].notApplicable = true;
    doc.answers[2].notApplicableReason = "  ";
    doc.answers[3].capabilityKey = "not-a-capability";
    doc.answers[4].capabilityKey = doc.answers[5].capabilityKey;
    doc.answers[6].targetDate = "2025-02-30";
    doc.answers[7].confidence = "certain";
    doc.answers[8].level = 2.5;
    delete doc.answers[9].reasoning;
    doc.answers[10].surprise = true;
    doc.answers[11].leadAgency = "x".repeat(201);
    const problems = problemsOf(doc);
    expectProblem(problems, "answers[0].level", "level.outOfScale");
    expectProblem(problems, "answers[1].targetLevel", "target.belowLevel");
    expectProblem(problems, "answers[2].notApplicableReason", "notApplicable.reasonMissing");
    expectProblem(problems, "answers[3].capabilityKey", "capability.unknown");
    expectProblem(problems, "answers[5].capabilityKey", "capability.duplicate");
    expectProblem(problems, "answers[6].targetDate", "date.invalid");
    expectProblem(problems, "answers[7].confidence", "confidence.invalid");
    expectProblem(problems, "answers[8].level", "level.notInteger");
    expectProblem(problems, "answers[9].reasoning", "field.required");
    expectProblem(problems, "answers[10]", "field.unknown");
    expectProblem(problems, "answers[11].leadAgency", "text.tooLong");
    // Sorted in file order, with English renderings and parameters for translation.
    expect(problems[0]!.path).toBe("answers[0].level");
    expect(problems[0]!.params).toEqual({ allowed: "0, 1, 2, 3, 4" });
    expect(problems[0]!.message).toContain("0, 1, 2, 3, 4");
  });

  it("bad evidence, actions, enablers and comments", () => {
    const doc = good();
    doc.evidence[0].sensitivity = "secret";
    doc.evidence[1].url = "javascript:alert(1)";
    doc.evidence[2].issuedOn = "01/02/2023";
    doc.evidence[3].kind = "video";
    doc.actions[0].status = "someday";
    doc.actions[1].capabilityKey = "unknown-cap";
    doc.actions[2].what = "";
    doc.enablers[0].enablerKey = "made-up";
    doc.enablers[1].rating = "excellent";
    doc.comments[0].createdAt = "yesterday";
    const problems = problemsOf(doc);
    expectProblem(problems, "evidence[0].sensitivity", "sensitivity.invalid");
    expectProblem(problems, "evidence[1].url", "url.invalid");
    expectProblem(problems, "evidence[2].issuedOn", "date.invalid");
    expectProblem(problems, "evidence[3].kind", "evidenceKind.invalid");
    expectProblem(problems, "actions[0].status", "actionStatus.invalid");
    expectProblem(problems, "actions[1].capabilityKey", "capability.unknown");
    expectProblem(problems, "actions[2].what", "text.empty");
    expectProblem(problems, "enablers[0].enablerKey", "enabler.unknown");
    expectProblem(problems, "enablers[1].rating", "rating.invalid");
    expectProblem(problems, "comments[0].createdAt", "datetime.invalid");
  });

  it("lists that are too long and values of the wrong type", () => {
    const doc = good();
    doc.actions = Array.from({ length: IMPORT_LIMITS.actions + 1 }, () => doc.actions[0]);
    doc.answers[0].notApplicable = "yes";
    doc.country = null;
    const problems = problemsOf(doc);
    expectProblem(problems, "actions", "list.tooLong");
    expectProblem(problems, "answers[0].notApplicable", "field.type");
    expectProblem(problems, "country", "field.type");
  });
});
