import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client";
import { rowsOf } from "./migrate";
import { listAudit, writeAudit } from "./queries/audit";
import { openTestDatabase, testEngine } from "./test/database";

describe(`security tables on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("the audit log takes new entries and refuses UPDATE, DELETE and TRUNCATE", async () => {
    await writeAudit(handle.db, { action: "test.event", outcome: "success", actorEmail: "a@example.org", details: { n: 1 } });
    for (const statement of [sql`update audit_log set outcome = 'denied'`, sql`delete from audit_log`, sql`truncate audit_log`]) {
      const error = await handle.db.execute(statement).then(() => null, (e: Error & { cause?: Error }) => e);
      // drizzle wraps the database's error; the trigger's message is in the cause.
      expect(`${error?.message} ${error?.cause?.message}`).toMatch(/the audit log is append-only/);
    }
    const rows = rowsOf<{ outcome: string }>(await handle.db.execute(sql`select outcome from audit_log where action = 'test.event'`));
    expect(rows).toEqual([{ outcome: "success" }]);
  });

  it("filters the audit log by action prefix, person, outcome and dates", async () => {
    await writeAudit(handle.db, { action: "user.invite", outcome: "denied", actorEmail: "b@example.org" });
    await writeAudit(handle.db, { action: "user.invite", outcome: "success", actorEmail: "c_d@example.org" });
    const page = { limit: 10, offset: 0 };
    expect((await listAudit(handle.db, { action: "user." }, page)).total).toBe(2);
    expect((await listAudit(handle.db, { action: "user.", outcome: "denied" }, page)).rows[0]?.actorEmail).toBe("b@example.org");
    // "_" is a literal here, not a LIKE wildcard.
    expect((await listAudit(handle.db, { actor: "c_d" }, page)).total).toBe(1);
    expect((await listAudit(handle.db, { actor: "c%d" }, page)).total).toBe(0);
    expect((await listAudit(handle.db, { from: new Date(Date.now() + 60_000) }, page)).total).toBe(0);
  });
});
