import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { visibleSensitivities } from "@/lib/assessment/sensitivity";
import type { Db } from "../client";
import { actionItems, evidenceFiles, evidenceRefs } from "../schema";
import type { ReachableAssessment } from "./assessments";

/**
 * References the reader may see: the sensitivity label and the audience the reader reads this
 * cycle as decide (lib/assessment/sensitivity.ts). The set comes from the reachable assessment
 * itself, so no caller can pass a wider one.
 */
export async function listEvidence(db: Db, assessment: ReachableAssessment) {
  const sensitivities = visibleSensitivities(assessment.audience);
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
export async function listEvidenceFiles(db: Db, assessment: ReachableAssessment) {
  const sensitivities = visibleSensitivities(assessment.audience);
  return db
    .select({ id: evidenceFiles.id, capabilityKey: evidenceFiles.capabilityKey, fileName: evidenceFiles.fileName, size: evidenceFiles.size, sensitivity: evidenceFiles.sensitivity, uploadedAt: evidenceFiles.uploadedAt })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.assessmentId, assessment.id), inArray(evidenceFiles.sensitivity, sensitivities)))
    .orderBy(asc(evidenceFiles.uploadedAt));
}

/** One file with its content, only if it belongs to the reachable assessment and its label allows the reader. */
export async function getEvidenceFile(db: Db, assessment: ReachableAssessment, fileId: string) {
  const sensitivities = visibleSensitivities(assessment.audience);
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

/** How many evidence items (references and files) of one capability exist but are not shared with this reader. */
export async function countWithheldEvidence(db: Db, assessment: ReachableAssessment, capabilityKey: string): Promise<number> {
  const visible = visibleSensitivities(assessment.audience);
  const count = async (table: typeof evidenceRefs | typeof evidenceFiles) => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(and(eq(table.assessmentId, assessment.id), eq(table.capabilityKey, capabilityKey), notInArray(table.sensitivity, visible)));
    return row?.n ?? 0;
  };
  const [refs, files] = await Promise.all([count(evidenceRefs), count(evidenceFiles)]);
  return refs + files;
}
