"use server";

import { copyBaseline } from "@/lib/assessment/baseline";
import { countryOfAssessment, reachableAssessment, requireCapability } from "./action-helpers";
import { progressOf } from "@/lib/assessment/progress";
import { transition, type Status } from "@/lib/assessment/workflow";
import { defineAction } from "@/lib/auth/action";
import { ActionError } from "@/lib/auth/action-result";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { commentSchema, createAssessmentSchema, makeAnswerSchema, resolveCommentSchema, shareSchema, workflowSchema } from "@/lib/validation/assessment";
import type { Db } from "@/db/client";
import {
  addComment,
  createAssessment as createAssessmentRows,
  findLatestValidated,
  findOpenCycle,
  findThreadStart,
  getAnswers,
  saveAnswer as saveAnswerRow,
  setCommentResolved,
  setStatus,
} from "@/db/queries/assessments";
import { setShare, suspendGrants } from "@/db/queries/sharing";
import { getCurrentFramework, getFrameworkVersionById } from "@/db/queries/frameworks";
import type { CurrentUser } from "@/lib/auth/session";

export const createAssessment = defineAction({
  name: "assessment.create",
  permission: "assessment.create",
  input: createAssessmentSchema,
  handler: async ({ input, user, db, note }) => {
    const country = user!.countryIso2!;
    if (await findOpenCycle(db, country)) throw new ActionError("conflict", "openCycleExists");
    const framework = await getCurrentFramework(db);
    if (!framework) throw new ActionError("failed", "frameworkMissing");
    const previous = input.useBaseline ? await findLatestValidated(db, country) : null;
    const maxLevel = Math.max(...framework.definition.scale.levels.map((l) => l.value));
    const answers = previous ? copyBaseline(await getAnswers(db, previous), framework.definition.capabilities.map((c) => c.key), maxLevel) : [];
    const id = await createAssessmentRows(db, {
      countryIso2: country,
      frameworkVersionId: framework.id,
      title: input.title,
      period: input.period,
      createdBy: user!.userId,
      baselineId: previous?.id ?? null,
      answers,
    });
    if (!id) throw new ActionError("conflict", "openCycleExists");
    note({ baseline: previous?.id ?? null, carriedOver: answers.length });
    return { assessmentId: id };
  },
  target: (_i, r) => ({ type: "assessment", id: r?.assessmentId ?? null }),
});

const anyAnswer = makeAnswerSchema(0, 100);

export const saveAnswer = defineAction({
  name: "assessment.saveAnswer",
  permission: "assessment.edit",
  input: anyAnswer,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const assessment = await reachableAssessment(db, user, input.assessmentId);
    const def = await requireCapability(db, assessment, input.capabilityKey);
    // The stored framework decides the scale, not the client.
    const values = [...def.scale.levels.map((l) => l.value)];
    const strict = makeAnswerSchema(Math.min(...values), Math.max(...values)).safeParse(input);
    if (!strict.success) throw new ActionError("invalid", "invalidInput", { level: "validation.level" }, "levelOutOfScale");
    const { capabilityKey, expectedVersion } = input;
    const result = await saveAnswerRow(
      db,
      assessment,
      capabilityKey,
      {
        level: input.notApplicable ? null : input.level,
        notApplicable: input.notApplicable,
        notApplicableReason: input.notApplicableReason || null,
        reasoning: input.reasoning,
        confidence: input.confidence,
        targetLevel: input.targetLevel,
        targetDate: input.targetDate || null,
        leadAgency: input.leadAgency,
      },
      expectedVersion,
      user!.userId,
    );
    note({ capability: capabilityKey, level: input.level, notApplicable: input.notApplicable });
    if (result.status === "locked") throw new ActionError("conflict", "assessmentLocked");
    if (result.status === "conflict") {
      const c = result.current;
      return { saved: false as const, current: { ...c, updatedAt: c.updatedAt.toISOString() } };
    }
    if (result.previous) note({ fromLevel: result.previous.level, version: result.version });
    return { saved: true as const, version: result.version };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

export const submitAssessment = defineAction({
  name: "assessment.submit",
  permission: "assessment.submit",
  input: workflowSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db }) => runTransition(db, user!, input.assessmentId, "submit", input.comment),
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

export const reviewAssessment = defineAction({
  name: "assessment.review",
  permission: "assessment.review",
  input: workflowSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    note({ action: input.action });
    if (input.action === "return" && !input.comment) throw new ActionError("invalid", "invalidInput", { comment: "validation.returnComment" });
    return runTransition(db, user!, input.assessmentId, input.action, input.comment);
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

async function runTransition(db: Db, user: CurrentUser, id: string, action: "submit" | "return" | "validate" | "reopen", comment: string) {
  const assessment = await reachableAssessment(db, user, id);
  const framework = await getFrameworkVersionById(db, assessment.frameworkVersionId);
  const progress = progressOf(framework!.definition as FrameworkDefinition, await getAnswers(db, assessment));
  const from = assessment.status as Status;
  const result = transition(from, action, {
    role: user.role,
    userId: user.userId,
    submittedBy: assessment.submittedBy,
    complete: progress.complete,
    otherOpenCycle: action === "reopen" && !!(await findOpenCycle(db, assessment.countryIso2, assessment.id)),
  });
  if (!result.ok) throw new ActionError("conflict", `transition_${result.reason}`, undefined, result.reason);
  const now = new Date();
  const patch =
    action === "submit" ? { submittedBy: user.userId, submittedAt: now } : action === "validate" ? { validatedBy: user.userId, validatedAt: now } : {};
  // A reopen suspends the cycle's grants with it: the content may change, and an old consent
  // must not cover new content. The focal point renews them after re-validation.
  const alongside = action === "reopen" ? (tx: Db) => suspendGrants(tx, id, user.userId) : undefined;
  if (!(await setStatus(db, id, from, result.next, patch, alongside))) throw new ActionError("conflict", "transition_wrongStatus", undefined, "race");
  if (comment) await addComment(db, id, null, user.userId, comment);
  return { status: result.next };
}

export const shareAssessment = defineAction({
  name: "assessment.share",
  permission: "assessment.share",
  input: shareSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const assessment = await reachableAssessment(db, user, input.assessmentId);
    // Withdrawing is possible at any status; granting or renewing only for a validated cycle.
    if (input.shared && assessment.status !== "validated") throw new ActionError("conflict", "shareNotValidated");
    const change = await setShare(db, assessment.id, input.audience, input.shared, user!.userId);
    note({ audience: input.audience, shared: input.shared, change });
    return { changed: change !== "unchanged", change };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

export const commentOnAssessment = defineAction({
  name: "assessment.comment",
  permission: "assessment.read",
  input: commentSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const assessment = await reachableAssessment(db, user, input.assessmentId);
    if (input.capabilityKey !== null) await requireCapability(db, assessment, input.capabilityKey);
    let capabilityKey = input.capabilityKey;
    if (input.parentId) {
      // A reply joins its thread, on the thread's capability.
      const start = await findThreadStart(db, assessment.id, input.parentId);
      if (!start) throw new ActionError("notFound", "commentNotFound");
      capabilityKey = start.capabilityKey;
    }
    note({ capability: capabilityKey, reply: !!input.parentId });
    return { commentId: await addComment(db, assessment.id, capabilityKey, user!.userId, input.body, input.parentId ?? null) };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

export const resolveComment = defineAction({
  name: "assessment.resolveComment",
  permission: "assessment.read",
  input: resolveCommentSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const assessment = await reachableAssessment(db, user, input.assessmentId);
    note({ comment: input.commentId, resolved: input.resolved });
    if (!(await setCommentResolved(db, assessment.id, input.commentId, input.resolved ? user!.userId : null))) throw new ActionError("notFound", "commentNotFound");
    return { resolved: input.resolved };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});
