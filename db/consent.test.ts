import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client";
import { createAssessment, getAssessmentFor, listAssessmentsFor, saveAnswer, setStatus } from "./queries/assessments";
import { getComparisonStamp } from "./queries/comparison";
import { addEvidence, addEvidenceFile, countWithheldEvidence, getEvidenceFile, listEvidence, listEvidenceFiles } from "./queries/evidence";
import { getCurrentFramework } from "./queries/frameworks";
import { streamOpenDataCycles } from "./queries/open-data";
import { listGrants, listSuspendedGrantChanges, setShare, suspendGrants } from "./queries/sharing";
import { users } from "./schema";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase, testEngine } from "./test/database";

const advisory = { kind: "shared", audience: "advisory" } as const;
const ngo = { kind: "shared", audience: "ngo" } as const;
const platform = { kind: "platform" } as const;

const answer = { level: 2, notApplicable: false, notApplicableReason: null, reasoning: "r", confidence: "medium", targetLevel: 3, targetDate: null, leadAgency: "" } as const;

describe(`consent follows the grants a cycle holds, on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  let fwId: number;
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedReferenceData(handle.db);
    fwId = (await getCurrentFramework(handle.db))!.id;
    await handle.db.insert(users).values([
      ...["KE", "UG", "TZ", "RW"].map((c) => ({ id: `fp-${c.toLowerCase()}`, name: `Focal ${c}`, email: `fp-${c.toLowerCase()}@example.org`, role: "focal_point", countryIso2: c })),
      { id: "sec", name: "Secretariat", email: "sec@example.org", role: "secretariat" },
    ]);
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** A validated cycle of its own country, so tests share no rows. */
  async function validatedCycle(country: "KE" | "UG" | "TZ" | "RW") {
    const id = (await createAssessment(handle.db, { countryIso2: country, frameworkVersionId: fwId, title: "Cycle", period: "2026", createdBy: `fp-${country.toLowerCase()}`, baselineId: null, answers: [] }))!;
    expect(id).toBeTruthy();
    const a = (await getAssessmentFor(handle.db, platform, id))!;
    await saveAnswer(handle.db, a, "legislation", answer, 0, `fp-${country.toLowerCase()}`);
    const evidence = (sensitivity: "public" | "internal" | "restricted") =>
      addEvidence(handle.db, { assessmentId: id, capabilityKey: "legislation", title: `${sensitivity} ref`, url: null, issuer: "", issuedOn: null, sensitivity, createdBy: `fp-${country.toLowerCase()}` });
    await evidence("public");
    await evidence("internal");
    await evidence("restricted");
    const fileId = await addEvidenceFile(handle.db, { assessmentId: id, capabilityKey: "legislation", fileName: "internal.pdf", mimeType: "application/pdf", size: 4, sha256: "0".repeat(64), content: Buffer.from("%PDF"), sensitivity: "internal", uploadedBy: `fp-${country.toLowerCase()}` });
    expect(await setStatus(handle.db, id, "draft", "validated", { validatedAt: new Date() })).toBe(true);
    return { id, fileId };
  }

  it("gives an advisory member of a public-only cycle the public version: no internal evidence, no internal file", async () => {
    const { id, fileId } = await validatedCycle("KE");
    await setShare(handle.db, id, "public", true, "fp-ke");
    const asBoard = (await getAssessmentFor(handle.db, advisory, id))!;
    expect(asBoard.audience).toBe("public");
    expect((await listEvidence(handle.db, asBoard)).map((e) => e.sensitivity)).toEqual(["public"]);
    expect(await listEvidenceFiles(handle.db, asBoard)).toEqual([]);
    expect(await getEvidenceFile(handle.db, asBoard, fileId)).toBeNull();
    expect(await countWithheldEvidence(handle.db, asBoard, "legislation")).toBe(3);

    // Shared with the board too: the board's version, internal evidence but never restricted.
    await setShare(handle.db, id, "advisory", true, "fp-ke");
    const again = (await getAssessmentFor(handle.db, advisory, id))!;
    expect(again.audience).toBe("advisory");
    expect((await listEvidence(handle.db, again)).map((e) => e.sensitivity).sort()).toEqual(["internal", "public"]);
    expect(await getEvidenceFile(handle.db, again, fileId)).not.toBeNull();
    expect(await countWithheldEvidence(handle.db, again, "legislation")).toBe(1);
    // An NGO analyst of the same cycle reads it as the public does.
    expect((await getAssessmentFor(handle.db, ngo, id))!.audience).toBe("public");
    await setShare(handle.db, id, "public", false, "fp-ke");
    await setShare(handle.db, id, "advisory", false, "fp-ke");
    expect(await getAssessmentFor(handle.db, advisory, id)).toBeNull();
  });

  it("counts open-data evidence by each cycle's own grants", async () => {
    const { id } = await validatedCycle("UG");
    await setShare(handle.db, id, "public", true, "fp-ug");
    const seen: number[] = [];
    for await (const c of streamOpenDataCycles(handle.db, advisory)) {
      if (c.assessment.id === id) seen.push(c.answers.find((a) => a.capabilityKey === "legislation")!.visibleEvidenceCount);
    }
    expect(seen).toEqual([1]); // the public reference only, not the internal reference and file
    await setShare(handle.db, id, "public", false, "fp-ug");
  });

  it("never names the country's staff to a shared reader", async () => {
    const { id } = await validatedCycle("TZ");
    await setShare(handle.db, id, "advisory", true, "fp-tz");
    await setShare(handle.db, id, "ngo", true, "fp-tz");
    await setShare(handle.db, id, "ngo", false, "fp-tz");
    const board = await listGrants(handle.db, (await getAssessmentFor(handle.db, advisory, id))!);
    expect(board).toHaveLength(2);
    expect(board.every((g) => g.grantedByName === null && g.revokedByName === null)).toBe(true);
    const own = await listGrants(handle.db, (await getAssessmentFor(handle.db, { kind: "country", countryIso2: "TZ" }, id))!);
    expect(own.map((g) => g.grantedByName)).toEqual(["Focal TZ", "Focal TZ"]);
    expect(own.find((g) => g.revokedAt)?.revokedByName).toBe("Focal TZ");
  });

  it("suspends grants on reopen, keeps them suspended on re-validation, and renews them only when asked", async () => {
    const { id } = await validatedCycle("RW");
    await setShare(handle.db, id, "advisory", true, "fp-rw");
    await setShare(handle.db, id, "ngo", true, "fp-rw");
    const before = await getComparisonStamp(handle.db);

    // The secretariat reopens: the grants are suspended in the same transaction.
    expect(await setStatus(handle.db, id, "validated", "returned", {}, (tx) => suspendGrants(tx, id, "sec"))).toBe(true);
    expect(await getComparisonStamp(handle.db)).not.toBe(before);
    // Evidence added while reopened, then validated again.
    await addEvidence(handle.db, { assessmentId: id, capabilityKey: "leadership", title: "new internal", url: null, issuer: "", issuedOn: null, sensitivity: "internal", createdBy: "fp-rw" });
    await addEvidence(handle.db, { assessmentId: id, capabilityKey: "leadership", title: "new restricted", url: null, issuer: "", issuedOn: null, sensitivity: "restricted", createdBy: "fp-rw" });
    const reopened = (await getAssessmentFor(handle.db, platform, id))!;
    await saveAnswer(handle.db, reopened, "leadership", answer, 0, "fp-rw");
    // Withdrawing while reopened is possible.
    expect(await setShare(handle.db, id, "ngo", false, "fp-rw")).toBe("revoked");
    expect(await setStatus(handle.db, id, "returned", "validated", { validatedAt: new Date() })).toBe(true);

    // The old consent does not come back by itself.
    expect(await getAssessmentFor(handle.db, advisory, id)).toBeNull();
    expect((await listAssessmentsFor(handle.db, advisory)).map((a) => a.id)).not.toContain(id);
    const changes = await listSuspendedGrantChanges(handle.db, (await getAssessmentFor(handle.db, platform, id))!);
    expect(changes).toEqual([expect.objectContaining({ audience: "advisory", answersChanged: 1, evidenceAdded: 1, internalAdded: 1 })]);

    // Renewing makes a new grant and ends the suspended one, which points to it.
    expect(await setShare(handle.db, id, "advisory", true, "fp-rw")).toBe("renewed");
    expect((await getAssessmentFor(handle.db, advisory, id))!.audience).toBe("advisory");
    const history = await listGrants(handle.db, (await getAssessmentFor(handle.db, platform, id))!);
    const advisoryRows = history.filter((g) => g.audience === "advisory");
    expect(advisoryRows).toHaveLength(2);
    expect(advisoryRows[0]).toMatchObject({ supersededBy: advisoryRows[1]!.id });
    expect(advisoryRows[0]!.suspendedAt).not.toBeNull();
    expect(advisoryRows[1]).toMatchObject({ revokedAt: null, suspendedAt: null });
    expect(await setShare(handle.db, id, "advisory", true, "fp-rw")).toBe("unchanged");
    expect(await listSuspendedGrantChanges(handle.db, (await getAssessmentFor(handle.db, platform, id))!)).toEqual([]);
    await setShare(handle.db, id, "advisory", false, "fp-rw");
  });
});
