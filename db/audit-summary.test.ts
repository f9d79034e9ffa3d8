import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client";
import { summariseError } from "@/lib/security/error-summary";
import { rowsOf } from "./migrate";
import { anonymousRefusals, listDenialSummary, recordAnonymousRefusal, writeAudit } from "./queries/audit";
import { openTestDatabase, testEngine } from "./test/database";

// Refused requests without a session must not be able to fill the append-only audit log.
describe(`anonymous refusals on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  const logRows = async (address: string) =>
    Number(rowsOf<{ n: unknown }>(await handle.db.execute(sql`select count(*)::int as n from audit_log where ip_address = ${address}`))[0]?.n);
  const counted = async (address: string) =>
    (await listDenialSummary(handle.db, { address }, 100)).reduce((sum, r) => sum + r.count, 0);

  it("300 refused anonymous requests write a bounded number of log rows, and all are counted", async () => {
    const address = "203.0.113.10";
    const now = new Date("2026-12-04T10:01:00Z");
    const kinds = [
      { action: "user.invite", outcome: "denied" as const, details: { reason: "unauthenticated" } },
      { action: "page.view", outcome: "denied" as const, targetType: "page", targetId: "/workspace", details: { reason: "unauthenticated" } },
      { action: "assessment.downloadEvidence", outcome: "denied" as const, details: { reason: "unauthenticated" } },
    ];
    for (let i = 0; i < 300; i++) await recordAnonymousRefusal(handle.db, { ...kinds[i % 3]!, ipAddress: address }, now);
    expect(await logRows(address)).toBe(anonymousRefusals.loggedPerWindow);
    expect(await counted(address)).toBe(300);
    const rows = await listDenialSummary(handle.db, { address }, 100);
    expect(rows.map((r) => [r.action, r.reason, r.count]).sort()).toEqual([
      ["assessment.downloadEvidence", "unauthenticated", 100],
      ["page.view", "unauthenticated", 100],
      ["user.invite", "unauthenticated", 100],
    ]);
  });

  it("counts concurrent refusals exactly", async () => {
    const address = "203.0.113.11";
    const now = new Date("2026-12-04T10:02:00Z");
    await Promise.all(Array.from({ length: 40 }, () => recordAnonymousRefusal(handle.db, { action: "user.invite", outcome: "denied", ipAddress: address, details: { reason: "unauthenticated" } }, now)));
    expect(await counted(address)).toBe(40);
    expect(await logRows(address)).toBeLessThanOrEqual(40);
  });

  it("gives each address and each window its own allowance", async () => {
    const first = new Date("2026-12-04T11:00:00Z");
    const later = new Date(first.getTime() + anonymousRefusals.windowMs);
    for (const [address, at] of [["203.0.113.12", first], ["203.0.113.13", first], ["203.0.113.12", later]] as const) {
      for (let i = 0; i < 12; i++) await recordAnonymousRefusal(handle.db, { action: "signOut", outcome: "denied", ipAddress: address, details: { reason: "unauthenticated" } }, at);
    }
    expect(await logRows("203.0.113.12")).toBe(2 * anonymousRefusals.loggedPerWindow);
    expect(await logRows("203.0.113.13")).toBe(anonymousRefusals.loggedPerWindow);
    expect((await listDenialSummary(handle.db, { address: "203.0.113.12" }, 10)).map((r) => r.count)).toEqual([12, 12]);
  });

  it("signed-in refusals are still written one by one", async () => {
    const address = "203.0.113.14";
    for (let i = 0; i < 30; i++) {
      await writeAudit(handle.db, { action: "user.invite", outcome: "denied", actorId: "u1", actorEmail: "ngo@example.org", actorRole: "ngo", ipAddress: address, details: { reason: "permission" } });
    }
    expect(await logRows(address)).toBe(30);
    expect(await counted(address)).toBe(0);
  });

  it("a query the database refuses is summarised for the log without the text it was given", async () => {
    const secret = "what the ministry told us in confidence";
    const error = await handle.db.execute(sql`select ${`${secret}\u0000`}::text as t`).then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(String((error as Error).message)).toContain(secret); // drizzle's own message carries the parameters
    const line = summariseError(error);
    expect(line).not.toContain(secret);
    expect(line).toMatch(/DrizzleQueryError: query failed .*query=select \$1::text as t/);
  });
});
