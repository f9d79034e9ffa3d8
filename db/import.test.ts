import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receiveUpload } from "@/lib/export/import-upload";
import type { DatabaseHandle } from "./client";
import { createAssessment } from "./queries/assessments";
import { getCurrentFramework } from "./queries/frameworks";
import { checkImportPreconditions } from "./queries/import";
import { users } from "./schema";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase, testEngine } from "./test/database";

/** An upload whose body records whether anything pulled it. */
function uploadRequest() {
  const read = { pulled: false };
  const body = new ReadableStream<Uint8Array>({ pull: (c) => ((read.pulled = true), c.enqueue(new Uint8Array(1024)), c.close()) }, { highWaterMark: 0 });
  const request = new Request("http://localhost/api/assessments/import", {
    method: "POST",
    body,
    headers: { "content-type": "multipart/form-data; boundary=x" },
    duplex: "half",
  } as RequestInit);
  return { request, read };
}

describe(`import preconditions on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedReferenceData(handle.db);
    await handle.db.insert(users).values([{ id: "u-ke-import", name: "KE", email: "ke-import@example.org", role: "focal_point", countryIso2: "KE" }]);
    const fw = (await getCurrentFramework(handle.db))!;
    await createAssessment(handle.db, { countryIso2: "KE", frameworkVersionId: fw.id, title: "Open", period: "2026", createdBy: "u-ke-import", baselineId: null, answers: [] });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("refuses an import for a country with a cycle in progress before the file is read", async () => {
    const { request, read } = uploadRequest();
    const result = await receiveUpload(request, {
      maxBytes: 1024 * 1024,
      precondition: async () => {
        const p = await checkImportPreconditions(handle.db, "KE");
        return p.ok ? null : p.blocker;
      },
    });
    expect(result).toEqual({ ok: false, refusal: "openCycleExists" });
    expect(read.pulled).toBe(false);
  });

  it("lets a country without a cycle in progress go on to its file, with the current framework", async () => {
    const p = await checkImportPreconditions(handle.db, "UG");
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.framework.definition.capabilities.length).toBeGreaterThan(0);
  });

  it("refuses a caller without a country", async () => {
    expect(await checkImportPreconditions(handle.db, null)).toEqual({ ok: false, blocker: "noCountry" });
  });
});
