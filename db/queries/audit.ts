import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";

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

export interface AuditFilter {
  action?: string;
  actor?: string;
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
