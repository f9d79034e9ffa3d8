import { eq, inArray, sql } from "drizzle-orm";
import { attemptBounds, type ThrottlePolicy, type ThrottleState } from "@/lib/auth/throttle";
import type { Db } from "../client";
import { signInThrottle } from "../schema";

export interface ThrottleEntry {
  key: string;
  policy: ThrottlePolicy;
}

export async function getThrottleStates(db: Db, keys: string[]): Promise<Map<string, ThrottleState>> {
  const rows = await db.select().from(signInThrottle).where(inArray(signInThrottle.key, keys));
  return new Map(rows.map((r) => [r.key, { failures: r.failures, windowStart: r.windowStart, lockedUntil: r.lockedUntil }]));
}

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Counts one attempt against a key unless it is locked, in one statement: the row is created or
 * updated under the database's own row lock, so concurrent attempts on any number of instances
 * are counted one after another, each seeing the others. Returns false, counting nothing, when locked.
 */
async function reserveOne(db: Db, { key, policy }: ThrottleEntry, now: Date): Promise<boolean> {
  const t = signInThrottle;
  const { windowStartedBy, lockUntil } = attemptBounds(policy, now);
  const stale = sql`${t.windowStart} <= ${at(windowStartedBy)}`;
  const count = sql`(case when ${stale} then 1 else ${t.failures} + 1 end)`;
  const rows = await db
    .insert(t)
    .values({ key, failures: 1, windowStart: now, lockedUntil: policy.maxFailures <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures: count,
        windowStart: sql`case when ${stale} then ${at(now)} else ${t.windowStart} end`,
        lockedUntil: sql`case when ${count} >= ${policy.maxFailures} then ${at(lockUntil)} else ${t.lockedUntil} end`,
      },
      setWhere: sql`${t.lockedUntil} is null or ${t.lockedUntil} <= ${at(now)}`,
    })
    .returning({ failures: t.failures });
  return rows.length === 1;
}

class Refused extends Error {}

/**
 * Reserves one attempt against every key, before the password or code is checked: all or none
 * (a refused attempt is not counted against the keys that were still open). Keys are always
 * taken in the callers' order (account, then address), so two transactions never wait on each other.
 */
export async function reserveSignInAttempt(db: Db, entries: ThrottleEntry[], now: Date): Promise<boolean> {
  try {
    await db.transaction(async (tx) => {
      for (const entry of entries) if (!(await reserveOne(tx as unknown as Db, entry, now))) throw new Refused();
    });
    return true;
  } catch (err) {
    if (err instanceof Refused) return false;
    throw err;
  }
}

/** Gives back a reserved attempt that succeeded; a lock it started goes with it. */
export async function releaseSignInAttempt(db: Db, entries: ThrottleEntry[]) {
  const t = signInThrottle;
  for (const { key, policy } of entries) {
    await db
      .update(t)
      .set({
        failures: sql`greatest(${t.failures} - 1, 0)`,
        lockedUntil: sql`case when ${t.failures} - 1 < ${policy.maxFailures} then null else ${t.lockedUntil} end`,
      })
      .where(eq(t.key, key));
  }
}

export async function clearThrottle(db: Db, key: string) {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
