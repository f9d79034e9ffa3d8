import { eq, inArray } from "drizzle-orm";
import { recordFailure, type ThrottlePolicy, type ThrottleState } from "@/lib/auth/throttle";
import type { Db } from "../client";
import { signInThrottle } from "../schema";

export async function getThrottleStates(db: Db, keys: string[]): Promise<Map<string, ThrottleState>> {
  const rows = await db.select().from(signInThrottle).where(inArray(signInThrottle.key, keys));
  return new Map(rows.map((r) => [r.key, { failures: r.failures, windowStart: r.windowStart, lockedUntil: r.lockedUntil }]));
}

/** Counts one failure against each key, atomically, so concurrent attempts on several instances all count. */
export async function recordSignInFailure(db: Db, entries: { key: string; policy: ThrottlePolicy }[], now: Date) {
  await db.transaction(async (tx) => {
    for (const { key, policy } of entries) {
      await tx.insert(signInThrottle).values({ key, failures: 0, windowStart: now }).onConflictDoNothing();
      const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for("update");
      const next = recordFailure(row ? { failures: row.failures, windowStart: row.windowStart, lockedUntil: row.lockedUntil } : null, now, policy);
      await tx.update(signInThrottle).set(next).where(eq(signInThrottle.key, key));
    }
  });
}

export async function clearThrottle(db: Db, key: string) {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
