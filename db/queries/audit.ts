import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditDenialSummary, auditLog } from "../schema";

export type AuditOutcome = "success" | "denied" | "failure" | "error";

export interface AuditEntry {
  actorId?: string | null;
  actorEmail?: string | null;
  actorRole?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  countryIso2?: string | null;
  outcome: AuditOutcome;
  ipAddress?: string | null;
  /** Ids and codes only: never passwords, tokens or answer text. */
  details?: Record<string, string | number | boolean | null>;
}

export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, details: entry.details ?? null });
}

/**
 * Refusals of requests without a session. Anyone can send them, as fast as they like, and the
 * audit log can never be pruned: so they are counted per address, action, outcome, reason and
 * window, and only the first `loggedPerWindow` per address and window are also written to the
 * log in full (after that the address is clearly a script, and its count says all there is).
 */
export const anonymousRefusals = { windowMs: 15 * 60_000, loggedPerWindow: 10 } as const;

export function windowStartOf(now: Date, windowMs: number = anonymousRefusals.windowMs): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts one anonymous refusal; returns whether it was also written to the audit log. */
export async function recordAnonymousRefusal(db: Db, entry: Omit<AuditEntry, "actorId" | "actorEmail" | "actorRole">, now: Date = new Date()): Promise<boolean> {
  const ipAddress = entry.ipAddress || "unknown";
  const reason = String(entry.details?.reason ?? "");
  const windowStart = windowStartOf(now);
  return db.transaction(async (tx) => {
    await tx
      .insert(auditDenialSummary)
      .values({ ipAddress, action: entry.action, outcome: entry.outcome, reason, windowStart, count: 1, firstAt: now, lastAt: now })
      .onConflictDoUpdate({
        target: [auditDenialSummary.ipAddress, auditDenialSummary.windowStart, auditDenialSummary.action, auditDenialSummary.outcome, auditDenialSummary.reason],
        set: { count: sql`${auditDenialSummary.count} + 1`, lastAt: now },
      });
    // Concurrent requests may each see the total just under the allowance: a few more rows, still bounded.
    const [total] = await tx
      .select({ n: sql<number>`coalesce(sum(${auditDenialSummary.count}), 0)::int` })
      .from(auditDenialSummary)
      .where(and(eq(auditDenialSummary.ipAddress, ipAddress), eq(auditDenialSummary.windowStart, windowStart)));
    if (Number(total?.n ?? 0) > anonymousRefusals.loggedPerWindow) return false;
    await tx.insert(auditLog).values({ ...entry, ipAddress, details: entry.details ?? null });
    return true;
  });
}

export interface DenialSummaryFilter {
  action?: string;
  address?: string;
  outcome?: AuditOutcome;
  from?: Date;
  to?: Date;
}

/** The counted anonymous refusals, newest window first. */
export async function listDenialSummary(db: Db, filter: DenialSummaryFilter, limit: number) {
  const where: SQL[] = [];
  if (filter.action) where.push(ilike(auditDenialSummary.action, `${escapeLike(filter.action)}%`));
  if (filter.address) where.push(eq(auditDenialSummary.ipAddress, filter.address));
  if (filter.outcome) where.push(eq(auditDenialSummary.outcome, filter.outcome));
  if (filter.from) where.push(gte(auditDenialSummary.lastAt, filter.from));
  if (filter.to) where.push(lt(auditDenialSummary.windowStart, filter.to));
  return db
    .select()
    .from(auditDenialSummary)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditDenialSummary.windowStart), desc(auditDenialSummary.count))
    .limit(limit);
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  address?: string;
  outcome?: AuditOutcome;
  from?: Date;
  to?: Date;
}

export async function listAudit(db: Db, filter: AuditFilter, page: { limit: number; offset: number }) {
  const where: SQL[] = [];
  if (filter.action) where.push(ilike(auditLog.action, `${escapeLike(filter.action)}%`));
  if (filter.actor) {
    const pattern = `%${escapeLike(filter.actor)}%`;
    where.push(or(ilike(auditLog.actorEmail, pattern), eq(auditLog.actorId, filter.actor))!);
  }
  if (filter.address) where.push(eq(auditLog.ipAddress, filter.address));
  if (filter.outcome) where.push(eq(auditLog.outcome, filter.outcome));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [count]] = await Promise.all([
    db.select().from(auditLog).where(condition).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(condition),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The successful changes recorded against one record, oldest first: its change history. */
export async function listHistory(db: Db, targetType: string, targetId: string) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, actorEmail: auditLog.actorEmail, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId), eq(auditLog.outcome, "success")))
    .orderBy(auditLog.at, auditLog.id)
    .limit(500);
}
