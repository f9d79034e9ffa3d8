import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { actionItems, evidenceRefs } from "../schema";
import type { ReachableAssessment } from "./assessments";

export async function listEvidence(db: Db, assessment: ReachableAssessment) {
  return db.select().from(evidenceRefs).where(eq(evidenceRefs.assessmentId, assessment.id)).orderBy(asc(evidenceRefs.createdAt));
}

export async function listActionItems(db: Db, assessment: ReachableAssessment) {
  return db.select().from(actionItems).where(eq(actionItems.assessmentId, assessment.id)).orderBy(asc(actionItems.dueOn));
}

export async function addEvidence(db: Db, row: Omit<typeof evidenceRefs.$inferInsert, "id" | "createdAt">) {
  const id = randomUUID();
  await db.insert(evidenceRefs).values({ ...row, id });
  return id;
}

export async function addActionItem(db: Db, row: Omit<typeof actionItems.$inferInsert, "id" | "createdAt">) {
  const id = randomUUID();
  await db.insert(actionItems).values({ ...row, id });
  return id;
}

/** Removes an item only from the assessment named, so an id from another country's assessment matches nothing. */
export async function removeItem(db: Db, kind: "evidence" | "action", assessmentId: string, itemId: string): Promise<boolean> {
  const table = kind === "evidence" ? evidenceRefs : actionItems;
  const rows = await db.delete(table).where(and(eq(table.id, itemId), eq(table.assessmentId, assessmentId))).returning({ id: table.id });
  return rows.length > 0;
}
