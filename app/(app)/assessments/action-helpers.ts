import type { Db } from "@/db/client";
import { getAssessmentCountry, getAssessmentFor } from "@/db/queries/assessments";
import { getFrameworkVersionById } from "@/db/queries/frameworks";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { isEditable, type Status } from "@/lib/assessment/workflow";
import { ActionError } from "@/lib/auth/action-result";
import { scopeOf } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/session";

// Shared by the assessment server actions (not a "use server" file: these are not endpoints).

/** The country an assessment belongs to, for the action wrapper's scope check. */
export const countryOfAssessment = (input: { assessmentId: string }, db: Db) => getAssessmentCountry(db, input.assessmentId);

/** The assessment if the caller's scope reaches it; otherwise the same "not found" whether it exists or not. */
export async function reachableAssessment(db: Db, user: CurrentUser | null, id: string) {
  const a = await getAssessmentFor(db, scopeOf(user), id);
  if (!a) throw new ActionError("notFound", "assessmentNotFound");
  return a;
}

/** As above, and only while the country holds the pen (draft or returned). */
export async function editableAssessment(db: Db, user: CurrentUser | null, id: string) {
  const a = await reachableAssessment(db, user, id);
  if (!isEditable(a.status as Status)) throw new ActionError("conflict", "assessmentLocked");
  return a;
}

/**
 * The capability must be one of the assessment's own framework version: the schema only checks
 * the key's shape. Unknown, it is refused before anything is written.
 */
export async function requireCapability(db: Db, assessment: { frameworkVersionId: number }, capabilityKey: string) {
  const def = (await getFrameworkVersionById(db, assessment.frameworkVersionId))?.definition as FrameworkDefinition | undefined;
  if (!def?.capabilities.some((c) => c.key === capabilityKey)) throw new ActionError("notFound", "capabilityNotFound", undefined, "unknownCapability");
  return def;
}
