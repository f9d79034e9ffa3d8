import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import { readerAudience, type ReaderAudience } from "@/lib/assessment/sensitivity";
import type { Scope } from "@/lib/auth/scope";
import type { Status } from "@/lib/assessment/workflow";
import type { Db } from "../client";
import { assessmentComments, assessments, capabilityAnswers, countries, enablerAnswers, shareGrants, users } from "../schema";

export type AssessmentRow = typeof assessments.$inferSelect;
/** An assessment the caller's scope has been checked against: the only kind whose details can be read. */
export type ReachableAssessment = AssessmentRow & {
  readonly reachable: true;
  /** Whom the caller reads this cycle as, from the grants it holds now (lib/assessment/sensitivity.ts). */
  readonly audience: ReaderAudience;
};

/** Grants that count now: neither withdrawn nor suspended by a reopen. */
export const activeGrantCondition = sql`${shareGrants.revokedAt} is null and ${shareGrants.suspendedAt} is null`;

/** The SQL form of the scope rule for assessments. */
export function reachCondition(scope: Scope): SQL {
  const sharedWith = (audiences: string[]) =>
    and(
      eq(assessments.status, "validated"),
      sql`exists (select 1 from ${shareGrants} where ${shareGrants.assessmentId} = ${assessments.id}
        and ${activeGrantCondition} and ${inArray(shareGrants.audience, audiences)})`,
    )!;
  switch (scope.kind) {
    case "platform":
      return sql`true`;
    case "country":
      return eq(assessments.countryIso2, scope.countryIso2);
    case "shared":
      return sharedWith([scope.audience, "public"]);
    case "public":
      return sharedWith(["public"]);
  }
}

/**
 * The audiences one cycle is shared with now, comma-separated (a scalar subquery, cheap beside
 * the row). Written with qualified names: drizzle drops the table from columns of a one-table
 * select, which would bind "id" inside the subquery to share_grants.id.
 */
export const activeGrantList = sql<string | null>`(select string_agg(g.audience, ',') from share_grants g
  where g.assessment_id = "assessments"."id" and g.revoked_at is null and g.suspended_at is null and "assessments"."status" = 'validated')`;

export function parseGrantList(list: string | null): string[] {
  return list ? list.split(",") : [];
}

export async function listAssessmentsFor(db: Db, scope: Scope) {
  return db
    .select({
      id: assessments.id,
      title: assessments.title,
      period: assessments.period,
      status: assessments.status,
      countryIso2: assessments.countryIso2,
      countryName: countries.name,
      updatedAt: assessments.updatedAt,
      validatedAt: assessments.validatedAt,
    })
    .from(assessments)
    .innerJoin(countries, eq(countries.iso2, assessments.countryIso2))
    .where(reachCondition(scope))
    .orderBy(asc(countries.name), desc(assessments.createdAt));
}

export async function getAssessmentFor(db: Db, scope: Scope, id: string): Promise<ReachableAssessment | null> {
  const [row] = await db
    .select({ row: assessments, grants: activeGrantList })
    .from(assessments)
    .where(and(eq(assessments.id, id), reachCondition(scope)));
  if (!row) return null;
  const audience = readerAudience(scope, row.row.countryIso2, parseGrantList(row.grants));
  return audience ? { ...row.row, audience, reachable: true } : null;
}

const answerColumns = {
  capabilityKey: capabilityAnswers.capabilityKey,
  level: capabilityAnswers.level,
  notApplicable: capabilityAnswers.notApplicable,
  notApplicableReason: capabilityAnswers.notApplicableReason,
  reasoning: capabilityAnswers.reasoning,
  confidence: capabilityAnswers.confidence,
  targetLevel: capabilityAnswers.targetLevel,
  targetDate: capabilityAnswers.targetDate,
  leadAgency: capabilityAnswers.leadAgency,
  carriedOver: capabilityAnswers.carriedOver,
  assigneeId: capabilityAnswers.assigneeId,
  version: capabilityAnswers.version,
  agreedReason: capabilityAnswers.agreedReason,
  agreedAt: capabilityAnswers.agreedAt,
  agreedByName: sql<string | null>`(select name from users where users.id = ${capabilityAnswers.agreedBy})`,
  updatedAt: capabilityAnswers.updatedAt,
  updatedByName: sql<string | null>`(select name from users where users.id = ${capabilityAnswers.updatedBy})`,
};

export async function getAnswers(db: Db, assessment: ReachableAssessment) {
  return db
    .select(answerColumns)
    .from(capabilityAnswers)
    .where(eq(capabilityAnswers.assessmentId, assessment.id));
}

export type AnswerRow = Awaited<ReturnType<typeof getAnswers>>[number];

export async function findOpenCycle(db: Db, countryIso2: string, exceptId?: string) {
  const [row] = await db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.countryIso2, countryIso2), ne(assessments.status, "validated"), exceptId ? ne(assessments.id, exceptId) : undefined));
  return row ?? null;
}

export async function findLatestValidated(db: Db, countryIso2: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.countryIso2, countryIso2), eq(assessments.status, "validated")))
    .orderBy(desc(assessments.validatedAt))
    .limit(1);
  return row ? ({ ...row, reachable: true } as ReachableAssessment) : null;
}

export interface NewAssessment {
  countryIso2: string;
  frameworkVersionId: number;
  title: string;
  period: string;
  createdBy: string;
  baselineId: string | null;
  answers: Omit<typeof capabilityAnswers.$inferInsert, "assessmentId">[];
}

/** Creates a cycle with its baseline answers; null when the country already has one in progress. */
export async function createAssessment(db: Db, input: NewAssessment): Promise<string | null> {
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(assessments)
      .values({ id, countryIso2: input.countryIso2, frameworkVersionId: input.frameworkVersionId, title: input.title, period: input.period, createdBy: input.createdBy, baselineId: input.baselineId })
      .onConflictDoNothing()
      .returning({ id: assessments.id });
    if (inserted.length === 0) return null;
    if (input.answers.length) await tx.insert(capabilityAnswers).values(input.answers.map((a) => ({ ...a, assessmentId: id })));
    return id;
  });
}

export type AnswerValues = Pick<
  typeof capabilityAnswers.$inferInsert,
  "level" | "notApplicable" | "notApplicableReason" | "reasoning" | "confidence" | "targetLevel" | "targetDate" | "leadAgency"
>;

export type SaveOutcome =
  | { status: "saved"; version: number; previous: AnswerRow | null }
  | { status: "conflict"; current: AnswerRow }
  | { status: "locked" };

/**
 * Saves one answer if it was based on the current version (optimistic concurrency): a save
 * from an outdated copy is refused with the current answer, never applied over it.
 */
export async function saveAnswer(db: Db, assessment: ReachableAssessment, capabilityKey: string, values: AnswerValues, expectedVersion: number, userId: string): Promise<SaveOutcome> {
  return db.transaction(async (tx) => {
    // Lock the assessment row so a submit cannot slip in between the status check and the write.
    const [a] = await tx.select({ status: assessments.status }).from(assessments).where(eq(assessments.id, assessment.id)).for("update");
    if (!a || (a.status !== "draft" && a.status !== "returned")) return { status: "locked" as const };
    const [current] = await getAnswersTx(tx as unknown as Db, assessment.id, capabilityKey, true);
    const currentVersion = current?.version ?? 0;
    // With no stored row there is nothing a stale copy could overwrite (and no answer to show
    // as "theirs"): the save applies, as the first version.
    if (current && currentVersion !== expectedVersion) return { status: "conflict" as const, current };
    const now = new Date();
    const version = currentVersion + 1;
    // An agreement recorded by the focal point stands only for the level it settled.
    const agreement = current && current.level !== values.level ? { agreedReason: null, agreedBy: null, agreedAt: null } : {};
    await tx
      .insert(capabilityAnswers)
      .values({ assessmentId: assessment.id, capabilityKey, ...values, carriedOver: false, version, updatedBy: userId, updatedAt: now })
      .onConflictDoUpdate({
        target: [capabilityAnswers.assessmentId, capabilityAnswers.capabilityKey],
        set: { ...values, ...agreement, carriedOver: false, version, updatedBy: userId, updatedAt: now },
      });
    await tx.update(assessments).set({ updatedAt: now }).where(eq(assessments.id, assessment.id));
    return { status: "saved" as const, version, previous: current ?? null };
  });
}

export async function getAnswersTx(db: Db, assessmentId: string, capabilityKey: string, lock: boolean) {
  const q = db
    .select(answerColumns)
    .from(capabilityAnswers)
    .where(and(eq(capabilityAnswers.assessmentId, assessmentId), eq(capabilityAnswers.capabilityKey, capabilityKey)));
  return lock ? q.for("update") : q;
}

/** Moves an assessment between workflow states only from the status the caller saw. */
/**
 * Moves a cycle from one status to the next, only if it is still in the first (a race loses
 * cleanly). `alongside` runs in the same transaction: what must change with the status
 * (grants suspended by a reopen) commits with it or not at all.
 */
export async function setStatus(db: Db, id: string, from: Status, to: Status, patch: Partial<AssessmentRow>, alongside?: (tx: Db) => Promise<unknown>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(assessments)
      .set({ ...patch, status: to, updatedAt: new Date() })
      .where(and(eq(assessments.id, id), eq(assessments.status, from)))
      .returning({ id: assessments.id });
    if (!row) return false;
    if (alongside) await alongside(tx as unknown as Db);
    return true;
  });
}

export async function listComments(db: Db, assessment: ReachableAssessment) {
  return db
    .select({
      id: assessmentComments.id,
      capabilityKey: assessmentComments.capabilityKey,
      parentId: assessmentComments.parentId,
      body: assessmentComments.body,
      resolvedByName: sql<string | null>`(select name from users where users.id = ${assessmentComments.resolvedBy})`,
      createdAt: assessmentComments.createdAt,
      resolvedAt: assessmentComments.resolvedAt,
      authorName: users.name,
      authorRole: users.role,
    })
    .from(assessmentComments)
    .leftJoin(users, eq(users.id, assessmentComments.authorId))
    .where(eq(assessmentComments.assessmentId, assessment.id))
    .orderBy(asc(assessmentComments.createdAt));
}

export async function addComment(db: Db, assessmentId: string, capabilityKey: string | null, authorId: string, body: string, parentId: string | null = null) {
  const id = randomUUID();
  await db.insert(assessmentComments).values({ id, assessmentId, capabilityKey, authorId, body, parentId });
  return id;
}

/** A thread's first comment, only within the assessment named. */
export async function findThreadStart(db: Db, assessmentId: string, commentId: string) {
  const [row] = await db
    .select({ id: assessmentComments.id, capabilityKey: assessmentComments.capabilityKey, parentId: assessmentComments.parentId })
    .from(assessmentComments)
    .where(and(eq(assessmentComments.id, commentId), eq(assessmentComments.assessmentId, assessmentId)));
  return row && !row.parentId ? row : null;
}

export async function setCommentResolved(db: Db, assessmentId: string, commentId: string, resolvedBy: string | null) {
  const rows = await db
    .update(assessmentComments)
    .set(resolvedBy ? { resolvedAt: new Date(), resolvedBy } : { resolvedAt: null, resolvedBy: null })
    .where(and(eq(assessmentComments.id, commentId), eq(assessmentComments.assessmentId, assessmentId), isNull(assessmentComments.parentId)))
    .returning({ id: assessmentComments.id });
  return rows.length > 0;
}

/** Only the country an assessment belongs to: what the action wrapper needs to check the caller's scope. */
export async function getAssessmentCountry(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ countryIso2: assessments.countryIso2 }).from(assessments).where(eq(assessments.id, id));
  return row?.countryIso2 ?? null;
}

/** People of one country who can be given capabilities to work on. */
export async function listCountryMembers(db: Db, countryIso2: string) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.countryIso2, countryIso2), eq(users.active, true)))
    .orderBy(asc(users.name));
}

/** Sets who works on a capability. Leaves the answer's version alone: assigning is not an edit. */
export async function setAssignee(db: Db, assessmentId: string, capabilityKey: string, assigneeId: string | null) {
  await db
    .insert(capabilityAnswers)
    .values({ assessmentId, capabilityKey, assigneeId })
    .onConflictDoUpdate({ target: [capabilityAnswers.assessmentId, capabilityAnswers.capabilityKey], set: { assigneeId } });
}

export async function getEnablerAnswers(db: Db, assessment: ReachableAssessment) {
  return db
    .select({ enablerKey: enablerAnswers.enablerKey, rating: enablerAnswers.rating, notes: enablerAnswers.notes, updatedAt: enablerAnswers.updatedAt })
    .from(enablerAnswers)
    .where(eq(enablerAnswers.assessmentId, assessment.id));
}

export async function saveEnablerAnswers(db: Db, assessmentId: string, answers: { enablerKey: string; rating: string | null; notes: string }[], userId: string) {
  const now = new Date();
  await db.transaction(async (tx) => {
    for (const a of answers) {
      await tx
        .insert(enablerAnswers)
        .values({ assessmentId, ...a, updatedBy: userId, updatedAt: now })
        .onConflictDoUpdate({ target: [enablerAnswers.assessmentId, enablerAnswers.enablerKey], set: { rating: a.rating, notes: a.notes, updatedBy: userId, updatedAt: now } });
    }
    await tx.update(assessments).set({ updatedAt: now }).where(eq(assessments.id, assessmentId));
  });
}
