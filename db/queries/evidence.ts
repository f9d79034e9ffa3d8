import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { actionItems, evidenceFiles, evidenceRefs } from "../schema";
import type { ReachableAssessment } from "./assessments";

/** References the reader may see: the sensitivity label decides (lib/assessment/sensitivity.ts). */
export async function listEvidence(db: Db, assessment: ReachableAssessment, sensitivities: string[]) {
  return db
    .select()
    .from(evidenceRefs)
    .where(and(eq(evidenceRefs.assessmentId, assessment.id), inArray(evidenceRefs.sensitivity, sensitivities)))
    .orderBy(asc(evidenceRefs.createdAt));
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

export type ItemKind = "evidence" | "action" | "file";

/** Removes an item only from the assessment named, so an id from another country's assessment matches nothing. */
export async function removeItem(db: Db, kind: ItemKind, assessmentId: string, itemId: string): Promise<boolean> {
  const table = kind === "evidence" ? evidenceRefs : kind === "action" ? actionItems : evidenceFiles;
  const rows = await db.delete(table).where(and(eq(table.id, itemId), eq(table.assessmentId, assessmentId))).returning({ id: table.id });
  return rows.length > 0;
}

export async function addEvidenceFile(db: Db, row: Omit<typeof evidenceFiles.$inferInsert, "id" | "uploadedAt">) {
  const id = randomUUID();
  await db.insert(evidenceFiles).values({ ...row, id });
  return id;
}

/** File metadata only (never the content) for the files a reader may see. */
export async function listEvidenceFiles(db: Db, assessment: ReachableAssessment, sensitivities: string[]) {
  return db
    .select({ id: evidenceFiles.id, capabilityKey: evidenceFiles.capabilityKey, fileName: evidenceFiles.fileName, size: evidenceFiles.size, sensitivity: evidenceFiles.sensitivity, uploadedAt: evidenceFiles.uploadedAt })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.assessmentId, assessment.id), inArray(evidenceFiles.sensitivity, sensitivities)))
    .orderBy(asc(evidenceFiles.uploadedAt));
}

/** One file with its content, only if it belongs to the reachable assessment and its label allows the reader. */
export async function getEvidenceFile(db: Db, assessment: ReachableAssessment, fileId: string, sensitivities: string[]) {
  const [row] = await db
    .select()
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.id, fileId), eq(evidenceFiles.assessmentId, assessment.id), inArray(evidenceFiles.sensitivity, sensitivities)));
  return row ?? null;
}

export async function findFileAssessmentId(db: Db, fileId: string): Promise<string | null> {
  const [row] = await db.select({ assessmentId: evidenceFiles.assessmentId }).from(evidenceFiles).where(eq(evidenceFiles.id, fileId));
  return row?.assessmentId ?? null;
}
