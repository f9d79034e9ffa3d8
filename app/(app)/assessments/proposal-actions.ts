"use server";

import { getFrameworkVersionById } from "@/db/queries/frameworks";
import { agreeLevel as agreeLevelRow, saveProposal } from "@/db/queries/proposals";
import type { Db } from "@/db/client";
import { defineAction } from "@/lib/auth/action";
import { ActionError } from "@/lib/auth/action-result";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { agreeSchema, proposalSchema } from "@/lib/validation/assessment";
import { countryOfAssessment, editableAssessment } from "./action-helpers";

/** The stored framework decides which capabilities and levels exist, not the client. */
async function checkOnScale(db: Db, frameworkVersionId: number, capabilityKey: string, level: number) {
  const def = (await getFrameworkVersionById(db, frameworkVersionId))!.definition as FrameworkDefinition;
  if (!def.capabilities.some((c) => c.key === capabilityKey)) throw new ActionError("notFound", "capabilityNotFound");
  if (!def.scale.levels.some((l) => l.value === level)) throw new ActionError("invalid", "invalidInput", { level: "validation.level" }, "levelOutOfScale");
}

export const proposeLevel = defineAction({
  name: "assessment.propose",
  permission: "assessment.propose",
  input: proposalSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const a = await editableAssessment(db, user, input.assessmentId);
    await checkOnScale(db, a.frameworkVersionId, input.capabilityKey, input.level);
    const { previousLevel } = await saveProposal(db, a.id, input.capabilityKey, user!.userId, input.level, input.reasoning);
    note({ capability: input.capabilityKey, level: input.level, fromLevel: previousLevel });
    return { proposed: true };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

export const agreeLevel = defineAction({
  name: "assessment.agree",
  permission: "assessment.agree",
  input: agreeSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const a = await editableAssessment(db, user, input.assessmentId);
    await checkOnScale(db, a.frameworkVersionId, input.capabilityKey, input.level);
    const result = await agreeLevelRow(db, a.id, input.capabilityKey, input.level, input.reason, input.expectedVersion, user!.userId);
    if (result.status === "locked") throw new ActionError("conflict", "assessmentLocked");
    if (result.status === "conflict") throw new ActionError("conflict", "agreeStale");
    if (result.status === "targetBelow") throw new ActionError("invalid", "invalidInput", { level: "validation.agreeAboveTarget" }, "agreeAboveTarget");
    note({ capability: input.capabilityKey, level: input.level, fromLevel: result.fromLevel, version: result.version });
    return { version: result.version };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});
