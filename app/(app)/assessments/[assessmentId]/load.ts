import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getAnswers, getAssessmentFor } from "@/db/queries/assessments";
import { getFrameworkVersionById } from "@/db/queries/frameworks";
import { scopeOf } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/session";
import type { FrameworkDefinition } from "@/lib/framework/schema";

/** The assessment, its framework and answers, if the user's scope reaches it; else 404 (not 403: its existence is not revealed). */
export const loadAssessment = cache(async (user: CurrentUser, assessmentId: string) => {
  const db = await getDb();
  const assessment = await getAssessmentFor(db, scopeOf(user), assessmentId);
  if (!assessment) notFound();
  const framework = await getFrameworkVersionById(db, assessment.frameworkVersionId);
  const answers = await getAnswers(db, assessment);
  return { db, assessment, def: framework!.definition as FrameworkDefinition, answers };
});
