import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, isNotNull, isNull, sql, type AnyColumn } from "drizzle-orm";
import { visibleSensitivities, type ShareAudience } from "@/lib/assessment/sensitivity";
import type { Db } from "../client";
import { capabilityAnswers, evidenceFiles, evidenceRefs, shareGrants } from "../schema";
import type { ReachableAssessment } from "./assessments";

/**
 * The consent history of one cycle. Names of the country's staff only for the country and the
 * secretariat: a shared reader sees when, not who.
 */
export async function listGrants(db: Db, assessment: ReachableAssessment) {
  const named = assessment.audience === "internal";
  const nameOf = (column: AnyColumn) => (named ? sql<string | null>`(select name from users where users.id = ${column})` : sql<string | null>`null`);
  return db
    .select({
      id: shareGrants.id,
      audience: shareGrants.audience,
      grantedAt: shareGrants.grantedAt,
      revokedAt: shareGrants.revokedAt,
      suspendedAt: shareGrants.suspendedAt,
      supersededBy: shareGrants.supersededBy,
      grantedByName: nameOf(shareGrants.grantedBy),
      revokedByName: nameOf(shareGrants.revokedBy),
    })
    .from(shareGrants)
    .where(eq(shareGrants.assessmentId, assessment.id))
    .orderBy(asc(shareGrants.grantedAt));
}

export type ShareChange = "granted" | "renewed" | "revoked" | "unchanged";

/**
 * Grants, renews or withdraws one audience; every change is a row, so the consent history
 * stays. Granting over a grant suspended by a reopen is a renewal: the old row ends, pointing
 * to the new one. Withdrawing ends the live or suspended grant, whatever the cycle's status.
 */
export async function setShare(db: Db, assessmentId: string, audience: ShareAudience, shared: boolean, userId: string): Promise<ShareChange> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: shareGrants.id, suspendedAt: shareGrants.suspendedAt })
      .from(shareGrants)
      .where(and(eq(shareGrants.assessmentId, assessmentId), eq(shareGrants.audience, audience), isNull(shareGrants.revokedAt)))
      .for("update");
    const now = new Date();
    if (!shared) {
      if (!current) return "unchanged";
      await tx.update(shareGrants).set({ revokedAt: now, revokedBy: userId }).where(eq(shareGrants.id, current.id));
      return "revoked";
    }
    if (current && !current.suspendedAt) return "unchanged";
    const id = randomUUID();
    if (current) await tx.update(shareGrants).set({ revokedAt: now, revokedBy: userId, supersededBy: id }).where(eq(shareGrants.id, current.id));
    await tx.insert(shareGrants).values({ id, assessmentId, audience, grantedBy: userId, grantedAt: now });
    return current ? "renewed" : "granted";
  });
}

/** A reopen suspends every live grant in the reopening transaction: new content is never shared by an old consent. */
export async function suspendGrants(tx: Db, assessmentId: string, userId: string): Promise<number> {
  const rows = await tx
    .update(shareGrants)
    .set({ suspendedAt: new Date(), suspendedBy: userId })
    .where(and(eq(shareGrants.assessmentId, assessmentId), isNull(shareGrants.revokedAt), isNull(shareGrants.suspendedAt)))
    .returning({ id: shareGrants.id });
  return rows.length;
}

export interface SuspendedGrantChanges {
  audience: ShareAudience;
  suspendedAt: Date;
  /** Capability answers saved since the reopen. */
  answersChanged: number;
  /** Evidence (references and files) added since the reopen that this audience would receive. */
  evidenceAdded: number;
  /** Of those, labelled internal (reaches the advisory board only). */
  internalAdded: number;
}

/** For each suspended grant, what renewing it would newly show its audience. */
export async function listSuspendedGrantChanges(db: Db, assessment: ReachableAssessment): Promise<SuspendedGrantChanges[]> {
  const suspended = await db
    .select({ audience: shareGrants.audience, suspendedAt: shareGrants.suspendedAt })
    .from(shareGrants)
    .where(and(eq(shareGrants.assessmentId, assessment.id), isNull(shareGrants.revokedAt), isNotNull(shareGrants.suspendedAt)))
    .orderBy(asc(shareGrants.audience));
  const out: SuspendedGrantChanges[] = [];
  for (const g of suspended) {
    const since = g.suspendedAt!;
    const audience = g.audience as ShareAudience;
    const visible = visibleSensitivities(audience);
    const [answers, refs, files] = await Promise.all([
      db.select({ n: sql<number>`count(*)::int` }).from(capabilityAnswers).where(and(eq(capabilityAnswers.assessmentId, assessment.id), gt(capabilityAnswers.updatedAt, since), isNotNull(capabilityAnswers.updatedBy))),
      countAdded(db, evidenceRefs, evidenceRefs.createdAt, assessment.id, since, visible),
      countAdded(db, evidenceFiles, evidenceFiles.uploadedAt, assessment.id, since, visible),
    ]);
    out.push({
      audience,
      suspendedAt: since,
      answersChanged: answers[0]?.n ?? 0,
      evidenceAdded: refs.all + files.all,
      internalAdded: refs.internal + files.internal,
    });
  }
  return out;
}

async function countAdded(db: Db, table: typeof evidenceRefs | typeof evidenceFiles, at: AnyColumn, assessmentId: string, since: Date, visible: string[]) {
  const [row] = await db
    .select({ all: sql<number>`count(*)::int`, internal: sql<number>`count(*) filter (where ${table.sensitivity} = 'internal')::int` })
    .from(table)
    .where(and(eq(table.assessmentId, assessmentId), gt(at, since), inArray(table.sensitivity, visible)));
  return { all: row?.all ?? 0, internal: row?.internal ?? 0 };
}
