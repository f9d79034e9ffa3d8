import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getAnswers, getAssessmentFor } from "@/db/queries/assessments";
import { getFrameworkDefinition } from "@/db/queries/frameworks";
import { scopeOf } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/session";
import { localiseFramework } from "@/lib/i18n/framework";

/** The assessment and its framework, if the user's scope reaches it; else 404 (not 403: its existence is not revealed). */
export const loadAssessmentOnly = cache(async (user: CurrentUser, assessmentId: string) => {
  const db = await getDb();
  const assessment = await getAssessmentFor(db, scopeOf(user), assessmentId);
  if (!assessment) notFound();
  const def = await localiseFramework((await getFrameworkDefinition(db, assessment.frameworkVersionId))!);
  return { db, assessment, def };
});

/** As above, with the answers. */
export const loadAssessment = cache(async (user: CurrentUser, assessmentId: string) => {
  const loaded = await loadAssessmentOnly(user, assessmentId);
  return { ...loaded, answers: await getAnswers(loaded.db, loaded.assessment) };
});
