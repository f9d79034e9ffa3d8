import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { assessments, capabilityAnswers, levelProposals, users } from "../schema";
import { getAnswersTx, type ReachableAssessment } from "./assessments";

/** Every proposal on an assessment, with who made it; the page filters by capability. */
export async function listProposals(db: Db, assessment: ReachableAssessment) {
  return db
    .select({
      capabilityKey: levelProposals.capabilityKey,
      authorId: levelProposals.authorId,
      authorName: users.name,
      level: levelProposals.level,
      reasoning: levelProposals.reasoning,
      updatedAt: levelProposals.updatedAt,
    })
    .from(levelProposals)
    .innerJoin(users, eq(users.id, levelProposals.authorId))
    .where(eq(levelProposals.assessmentId, assessment.id))
    .orderBy(asc(levelProposals.capabilityKey), asc(users.name));
}

export type ProposalRow = Awaited<ReturnType<typeof listProposals>>[number];

/** One current proposal per person and capability: proposing again replaces one's own. */
export async function saveProposal(db: Db, assessmentId: string, capabilityKey: string, authorId: string, level: number, reasoning: string) {
  const now = new Date();
  const [existing] = await db
    .select({ level: levelProposals.level })
    .from(levelProposals)
    .where(and(eq(levelProposals.assessmentId, assessmentId), eq(levelProposals.capabilityKey, capabilityKey), eq(levelProposals.authorId, authorId)));
  await db
    .insert(levelProposals)
    .values({ assessmentId, capabilityKey, authorId, level, reasoning, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [levelProposals.assessmentId, levelProposals.capabilityKey, levelProposals.authorId],
      set: { level, reasoning, updatedAt: now },
    });
  return { previousLevel: existing?.level ?? null };
}

export type AgreeOutcome =
  | { status: "agreed"; version: number; fromLevel: number | null }
  | { status: "conflict" }
  | { status: "locked" }
  | { status: "targetBelow"; targetLevel: number };

/**
 * Records the level the focal point settled on, and why, as a new version of the answer.
 * Same concurrency rule as a save: only from the version the focal point was looking at.
 */
export async function agreeLevel(db: Db, assessmentId: string, capabilityKey: string, level: number, reason: string, expectedVersion: number, userId: string): Promise<AgreeOutcome> {
  return db.transaction(async (tx) => {
    const [a] = await tx.select({ status: assessments.status }).from(assessments).where(eq(assessments.id, assessmentId)).for("update");
    if (!a || (a.status !== "draft" && a.status !== "returned")) return { status: "locked" as const };
    const [current] = await getAnswersTx(tx as unknown as Db, assessmentId, capabilityKey, true);
    if ((current?.version ?? 0) !== expectedVersion) return { status: "conflict" as const };
    if (current?.targetLevel != null && current.targetLevel < level) return { status: "targetBelow" as const, targetLevel: current.targetLevel };
    const now = new Date();
    const version = expectedVersion + 1;
    const agreed = { level, notApplicable: false, notApplicableReason: null, agreedReason: reason, agreedBy: userId, agreedAt: now, carriedOver: false, version, updatedBy: userId, updatedAt: now };
    await tx
      .insert(capabilityAnswers)
      .values({ assessmentId, capabilityKey, ...agreed })
      .onConflictDoUpdate({ target: [capabilityAnswers.assessmentId, capabilityAnswers.capabilityKey], set: agreed });
    await tx.update(assessments).set({ updatedAt: now }).where(eq(assessments.id, assessmentId));
    return { status: "agreed" as const, version, fromLevel: current?.level ?? null };
  });
}

/** How many capabilities have proposals that disagree, for the overview. */
export async function countProposalsByCapability(db: Db, assessment: ReachableAssessment) {
  return db
    .select({
      capabilityKey: levelProposals.capabilityKey,
      count: sql<number>`count(*)::int`,
      distinctLevels: sql<number>`count(distinct ${levelProposals.level})::int`,
    })
    .from(levelProposals)
    .where(eq(levelProposals.assessmentId, assessment.id))
    .groupBy(levelProposals.capabilityKey);
}
