import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client";
import { createAssessment, getAnswers, getAssessmentFor, listAssessmentsFor, saveAnswer, setAssignee, setStatus, type AnswerValues } from "./queries/assessments";
import { setShare } from "./queries/sharing";
import { getCurrentFramework } from "./queries/frameworks";
import { users } from "./schema";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase, testEngine } from "./test/database";

const answer = (over: Partial<AnswerValues> = {}): AnswerValues => ({
  level: 2,
  notApplicable: false,
  notApplicableReason: null,
  reasoning: "reason",
  confidence: "medium",
  targetLevel: 3,
  targetDate: "2028-01-01",
  leadAgency: "Ministry",
  ...over,
});

describe(`assessments on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  let ke: string;
  let ug: string;
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedReferenceData(handle.db);
    await handle.db.insert(users).values([
      { id: "u-ke", name: "KE", email: "ke@example.org", role: "focal_point", countryIso2: "KE" },
      { id: "u-ug", name: "UG", email: "ug@example.org", role: "focal_point", countryIso2: "UG" },
    ]);
    const fw = (await getCurrentFramework(handle.db))!;
    const base = { frameworkVersionId: fw.id, title: "Review", period: "2026", baselineId: null, answers: [] };
    ke = (await createAssessment(handle.db, { ...base, countryIso2: "KE", createdBy: "u-ke" }))!;
    ug = (await createAssessment(handle.db, { ...base, countryIso2: "UG", createdBy: "u-ug" }))!;
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("allows one cycle in progress per country", async () => {
    const fw = (await getCurrentFramework(handle.db))!;
    const again = await createAssessment(handle.db, { countryIso2: "KE", frameworkVersionId: fw.id, title: "Again", period: "2027", createdBy: "u-ke", baselineId: null, answers: [] });
    expect(again).toBeNull();
  });

  it("reads only what the scope reaches", async () => {
    const keScope = { kind: "country", countryIso2: "KE" } as const;
    expect((await listAssessmentsFor(handle.db, keScope)).map((a) => a.countryIso2)).toEqual(["KE"]);
    expect(await getAssessmentFor(handle.db, keScope, ug)).toBeNull();
    expect((await listAssessmentsFor(handle.db, { kind: "platform" })).length).toBe(2);
    expect(await listAssessmentsFor(handle.db, { kind: "shared", audience: "advisory" })).toEqual([]);
  });

  it("refuses a save based on an outdated version and keeps the newer answer", async () => {
    const a = (await getAssessmentFor(handle.db, { kind: "platform" }, ke))!;
    expect(await saveAnswer(handle.db, a, "legislation", answer({ reasoning: "first" }), 0, "u-ke")).toMatchObject({ status: "saved", version: 1 });
    expect(await saveAnswer(handle.db, a, "legislation", answer({ reasoning: "second" }), 1, "u-ke")).toMatchObject({ status: "saved", version: 2 });
    const stale = await saveAnswer(handle.db, a, "legislation", answer({ reasoning: "stale" }), 1, "u-ke");
    expect(stale).toMatchObject({ status: "conflict", current: { reasoning: "second", version: 2 } });
    const rows = await getAnswers(handle.db, a);
    expect(rows.find((r) => r.capabilityKey === "legislation")?.reasoning).toBe("second");
  });

  it("takes a stale save to a never-answered capability as a clean save, and to an unanswered stored row as a conflict", async () => {
    const a = (await getAssessmentFor(handle.db, { kind: "platform" }, ke))!;
    // A copy kept in a browser from a version that no longer exists: nothing is stored to overwrite.
    expect(await saveAnswer(handle.db, a, "victim-support", answer({ reasoning: "kept offline" }), 3, "u-ke")).toMatchObject({ status: "saved", version: 1 });
    expect((await getAnswers(handle.db, a)).find((r) => r.capabilityKey === "victim-support")).toMatchObject({ reasoning: "kept offline", version: 1 });
    // A row that only names who works on it is still a stored answer: an ordinary conflict, with its time.
    await setAssignee(handle.db, ke, "helplines", "u-ke");
    const stale = await saveAnswer(handle.db, a, "helplines", answer({ reasoning: "stale" }), 2, "u-ke");
    expect(stale).toMatchObject({ status: "conflict", current: { version: 0, reasoning: "" } });
    expect(stale.status === "conflict" && stale.current.updatedAt).toBeInstanceOf(Date);
  });

  it("counts concurrent saves from one version once", async () => {
    const a = (await getAssessmentFor(handle.db, { kind: "platform" }, ke))!;
    const results = await Promise.all([0, 1, 2].map((i) => saveAnswer(handle.db, a, "leadership", answer({ reasoning: `r${i}` }), 0, "u-ke")));
    expect(results.filter((r) => r.status === "saved")).toHaveLength(1);
    expect(results.filter((r) => r.status === "conflict")).toHaveLength(2);
  });

  it("freezes answers once submitted, and shares a validated assessment only with the audiences granted", async () => {
    const a = (await getAssessmentFor(handle.db, { kind: "platform" }, ug))!;
    expect(await setStatus(handle.db, ug, "draft", "submitted", { submittedBy: "u-ug" })).toBe(true);
    expect(await setStatus(handle.db, ug, "draft", "submitted", {})).toBe(false);
    expect(await saveAnswer(handle.db, a, "legislation", answer(), 0, "u-ug")).toEqual({ status: "locked" });
    expect(await setStatus(handle.db, ug, "submitted", "validated", { validatedAt: new Date() })).toBe(true);
    await setShare(handle.db, ug, "advisory", true, "u-ug");
    expect((await listAssessmentsFor(handle.db, { kind: "shared", audience: "advisory" })).map((r) => r.id)).toEqual([ug]);
    expect(await listAssessmentsFor(handle.db, { kind: "shared", audience: "ngo" })).toEqual([]);
    await setShare(handle.db, ug, "advisory", false, "u-ug");
    expect(await listAssessmentsFor(handle.db, { kind: "shared", audience: "advisory" })).toEqual([]);
  });
});
