import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client";
import { createAssessment, getAnswers, getAssessmentFor, saveAnswer, setStatus, type ReachableAssessment } from "./queries/assessments";
import { getCurrentFramework } from "./queries/frameworks";
import { agreeLevel, listProposals, saveProposal } from "./queries/proposals";
import { users } from "./schema";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase, testEngine } from "./test/database";

const values = { level: 1, notApplicable: false, notApplicableReason: null, reasoning: "r", confidence: null, targetLevel: 3, targetDate: null, leadAgency: "" };

describe(`level proposals on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  let a: ReachableAssessment;
  const answerOf = async (key: string) => (await getAnswers(handle.db, a)).find((x) => x.capabilityKey === key);
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedReferenceData(handle.db);
    await handle.db.insert(users).values([
      { id: "fp", name: "Focal Point", email: "fp@example.org", role: "focal_point", countryIso2: "KE" },
      { id: "c1", name: "Interior", email: "c1@example.org", role: "contributor", countryIso2: "KE" },
      { id: "c2", name: "Justice", email: "c2@example.org", role: "contributor", countryIso2: "KE" },
    ]);
    const fw = (await getCurrentFramework(handle.db))!;
    const id = (await createAssessment(handle.db, { countryIso2: "KE", frameworkVersionId: fw.id, title: "Cycle", period: "2026", createdBy: "fp", baselineId: null, answers: [] }))!;
    a = (await getAssessmentFor(handle.db, { kind: "platform" }, id))!;
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("keeps one current proposal per person, replaced when they propose again", async () => {
    await saveProposal(handle.db, a.id, "legislation", "c1", 1, "Draft law only");
    expect((await saveProposal(handle.db, a.id, "legislation", "c1", 2, "Law passed in March")).previousLevel).toBe(1);
    await saveProposal(handle.db, a.id, "legislation", "c2", 3, "Courts apply it");
    const rows = (await listProposals(handle.db, a)).filter((p) => p.capabilityKey === "legislation");
    expect(rows.map((p) => [p.authorName, p.level, p.reasoning])).toEqual([
      ["Interior", 2, "Law passed in March"],
      ["Justice", 3, "Courts apply it"],
    ]);
  });

  it("records the agreed level and reason as a new version, keeping the proposals", async () => {
    const outcome = await agreeLevel(handle.db, a.id, "legislation", 2, "The law exists; courts have not yet applied it widely", 0, "fp");
    expect(outcome).toEqual({ status: "agreed", version: 1, fromLevel: null });
    const ans = (await answerOf("legislation"))!;
    expect([ans.level, ans.version, ans.agreedReason, ans.agreedByName]).toEqual([2, 1, "The law exists; courts have not yet applied it widely", "Focal Point"]);
    expect((await listProposals(handle.db, a)).filter((p) => p.capabilityKey === "legislation")).toHaveLength(2);
  });

  it("refuses an agreement based on an outdated version and changes nothing", async () => {
    expect(await agreeLevel(handle.db, a.id, "legislation", 3, "stale", 0, "fp")).toEqual({ status: "conflict" });
    expect((await answerOf("legislation"))!.level).toBe(2);
  });

  it("refuses an agreed level above the answer's target", async () => {
    await saveAnswer(handle.db, a, "leadership", values, 0, "c1");
    expect(await agreeLevel(handle.db, a.id, "leadership", 4, "too high", 1, "fp")).toEqual({ status: "targetBelow", targetLevel: 3 });
    expect((await answerOf("leadership"))!.level).toBe(1);
  });

  it("drops the agreement when someone later saves a different level, and keeps it for other edits", async () => {
    await saveAnswer(handle.db, a, "legislation", { ...values, level: 2, reasoning: "edited text" }, 1, "c1");
    expect((await answerOf("legislation"))!.agreedReason).not.toBeNull();
    await saveAnswer(handle.db, a, "legislation", { ...values, level: 3 }, 2, "c2");
    expect((await answerOf("legislation"))!.agreedReason).toBeNull();
  });

  it("refuses to record agreement once the assessment is submitted", async () => {
    expect(await setStatus(handle.db, a.id, "draft", "submitted", {})).toBe(true);
    expect(await agreeLevel(handle.db, a.id, "legislation", 2, "late", 3, "fp")).toEqual({ status: "locked" });
  });
});
