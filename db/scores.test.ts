import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client";
import { createAssessment, getAssessmentFor, saveAnswer, setStatus, type ReachableAssessment } from "./queries/assessments";
import { setShare } from "./queries/sharing";
import { addEvidence } from "./queries/evidence";
import { getCurrentFramework } from "./queries/frameworks";
import { loadScoringCycles } from "./queries/scores";
import { users } from "./schema";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase, testEngine } from "./test/database";

const values = (level: number) => ({ level, notApplicable: false, notApplicableReason: null, reasoning: "r", confidence: "high" as const, targetLevel: 4, targetDate: null, leadAgency: "Ministry of Justice" });

describe(`scoring inputs on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  let a: ReachableAssessment;
  const platform = { kind: "platform" } as const;
  const levelOf = async (scope: Parameters<typeof loadScoringCycles>[1] = platform) =>
    (await loadScoringCycles(handle.db, scope, "KE")).map((c) => [c.id, c.status, c.answers.find((x) => x.capabilityKey === "legislation")?.level ?? null]);
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedReferenceData(handle.db);
    await handle.db.insert(users).values({ id: "fp", name: "FP", email: "fp@example.org", role: "focal_point", countryIso2: "KE" });
    const fw = (await getCurrentFramework(handle.db))!;
    const id = (await createAssessment(handle.db, { countryIso2: "KE", frameworkVersionId: fw.id, title: "C", period: "2024", createdBy: "fp", baselineId: null, answers: [] }))!;
    a = (await getAssessmentFor(handle.db, platform, id))!;
    await saveAnswer(handle.db, a, "legislation", values(2), 0, "fp");
    await addEvidence(handle.db, { assessmentId: a.id, capabilityKey: "legislation", title: "Act", url: null, issuedOn: null, issuer: "", sensitivity: "restricted", createdBy: "fp" });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("gives each cycle's answers with evidence of every sensitivity counted and the lead agency", async () => {
    const [cycle] = await loadScoringCycles(handle.db, platform, "KE");
    expect(cycle!.answers).toEqual([{ capabilityKey: "legislation", level: 2, notApplicable: false, targetLevel: 4, confidence: "high", evidenceCount: 1, leadAgency: "Ministry of Justice" }]);
    expect(cycle!.def.version).toBe("2022.1");
  });

  it("reads a validated cycle again after it is reopened and corrected", async () => {
    expect(await setStatus(handle.db, a.id, "draft", "validated", {})).toBe(true);
    expect(await levelOf()).toEqual([[a.id, "validated", 2]]);
    expect(await levelOf()).toEqual([[a.id, "validated", 2]]); // served from the memo
    await setStatus(handle.db, a.id, "validated", "returned", {});
    await saveAnswer(handle.db, a, "legislation", values(3), 1, "fp");
    await setStatus(handle.db, a.id, "returned", "validated", {});
    expect(await levelOf()).toEqual([[a.id, "validated", 3]]);
  });

  it("holds only the cycles the caller's scope reaches", async () => {
    expect(await levelOf({ kind: "country", countryIso2: "UG" })).toEqual([]);
    expect(await levelOf({ kind: "shared", audience: "advisory" })).toEqual([]);
    await setShare(handle.db, a.id, "advisory", true, "fp");
    expect(await levelOf({ kind: "shared", audience: "advisory" })).toEqual([[a.id, "validated", 3]]);
  });
});
