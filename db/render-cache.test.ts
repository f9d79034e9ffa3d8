import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/auth/tokens";
import type { DatabaseHandle } from "./client";
import { rowsOf } from "./migrate";
import { createAssessment, getAssessmentFor, saveAnswer } from "./queries/assessments";
import { writeAudit } from "./queries/audit";
import { getCurrentFramework } from "./queries/frameworks";
import { setTwoFactorRequiredRoles } from "./queries/settings";
import { getSignedInBySessionToken, getUserWithTwoFactorPolicy } from "./queries/users";
import { sessions, users } from "./schema";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase, testEngine } from "./test/database";

/** Tables whose changes show on no page (the migration says why); every other table is counted. */
const NOT_COUNTED = ["accounts", "audit_denial_summary", "audit_log", "data_version", "instance_secrets", "sessions", "sign_in_throttle", "verifications"];

describe(`data version on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  const getDataVersion = async (db: DatabaseHandle["db"]) => Number(rowsOf<{ version: unknown }>(await db.execute(sql`SELECT version FROM data_version WHERE id = 1`))[0]?.version);
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedReferenceData(handle.db);
    await handle.db.insert(users).values({ id: "fp", name: "Focal Point", email: "fp@example.org", role: "focal_point", countryIso2: "KE" });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("counts every table except those listed as showing on no page", async () => {
    const tables = rowsOf<{ name: string }>(await handle.db.execute(sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).map((r) => r.name);
    const triggered = new Set(
      rowsOf<{ name: string }>(await handle.db.execute(sql`SELECT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = c.relname || '_data_version'`)).map((r) => r.name),
    );
    const forgotten = tables.filter((t) => !triggered.has(t) && !NOT_COUNTED.includes(t));
    expect(forgotten).toEqual([]);
    expect(tables.filter((t) => triggered.has(t) && NOT_COUNTED.includes(t))).toEqual([]);
  });

  it("moves on with a saved answer or a changed user, and not with sessions or audit entries", async () => {
    const fw = (await getCurrentFramework(handle.db))!;
    const start = await getDataVersion(handle.db);
    const id = (await createAssessment(handle.db, { countryIso2: "KE", frameworkVersionId: fw.id, title: "Cycle", period: "2026", createdBy: "fp", baselineId: null, answers: [] }))!;
    const afterCreate = await getDataVersion(handle.db);
    expect(afterCreate).toBeGreaterThan(start);

    const a = (await getAssessmentFor(handle.db, { kind: "platform" }, id))!;
    const values = { level: 2, notApplicable: false, notApplicableReason: null, reasoning: "r", confidence: null, targetLevel: 3, targetDate: null, leadAgency: "" };
    expect((await saveAnswer(handle.db, a, "legislation", values, 0, "fp")).status).toBe("saved");
    const afterAnswer = await getDataVersion(handle.db);
    expect(afterAnswer).toBeGreaterThan(afterCreate);

    await handle.db.insert(sessions).values({ id: "s1", token: "t1", userId: "fp", expiresAt: new Date(Date.now() + 3_600_000) });
    await writeAudit(handle.db, { action: "test.read", actorId: "fp", actorEmail: "fp@example.org", actorRole: "focal_point", outcome: "success", ipAddress: "127.0.0.1", details: {} });
    expect(await getDataVersion(handle.db)).toBe(afterAnswer);

    await handle.db.update(users).set({ name: "Focal Point (Justice)" }).where(eq(users.id, "fp"));
    expect(await getDataVersion(handle.db)).toBeGreaterThan(afterAnswer);
  });

  it("does not move for a change that was rolled back", async () => {
    const before = await getDataVersion(handle.db);
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.update(users).set({ name: "Never saved" }).where(eq(users.id, "fp"));
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect(await getDataVersion(handle.db)).toBe(before);
  });

  it("reads a user and the two-factor rule in one query, as every signed-in request does", async () => {
    expect(await getUserWithTwoFactorPolicy(handle.db, "nobody")).toBeNull();
    expect((await getUserWithTwoFactorPolicy(handle.db, "fp"))?.twoFactorRequiredRoles).toEqual([]);
    await setTwoFactorRequiredRoles(handle.db, ["focal_point", "secretariat"], "fp");
    const found = await getUserWithTwoFactorPolicy(handle.db, "fp");
    expect(found?.user.email).toBe("fp@example.org");
    expect(found?.twoFactorRequiredRoles).toEqual(["focal_point", "secretariat"]);
  });

  it("reads a live session's user, rule and data version in one query, and nothing for an expired one", async () => {
    await handle.db.insert(sessions).values([
      // The table keeps tokens hashed (lib/auth/hashed-session-tokens.ts).
      { id: "live", token: hashToken("live-token"), userId: "fp", expiresAt: new Date(Date.now() + 3_600_000) },
      { id: "old", token: hashToken("old-token"), userId: "fp", expiresAt: new Date(Date.now() - 1_000) },
    ]);
    const found = await getSignedInBySessionToken(handle.db, "live-token");
    expect(found?.sessionId).toBe("live");
    expect(found?.user.id).toBe("fp");
    expect(found?.dataVersion).toBe(await getDataVersion(handle.db));
    expect(await getSignedInBySessionToken(handle.db, "old-token")).toBeNull();
    expect(await getSignedInBySessionToken(handle.db, "no-such-token")).toBeNull();
  });
});
