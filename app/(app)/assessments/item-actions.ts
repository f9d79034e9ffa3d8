"use server";

import { listCountryMembers, saveEnablerAnswers, setAssignee } from "@/db/queries/assessments";
import { getFrameworkVersionById } from "@/db/queries/frameworks";
import { addActionItem, addEvidence, removeItem, type ItemKind } from "@/db/queries/evidence";
import { defineAction } from "@/lib/auth/action";
import { countryOfAssessment, editableAssessment, requireCapability } from "./action-helpers";
import { ActionError } from "@/lib/auth/action-result";
import { assignSchema, enablerAnswersSchema, evidenceRefSchema, makeActionItemSchema, removeItemSchema } from "@/lib/validation/assessment";

export const addEvidenceRef = defineAction({
  name: "assessment.addEvidence",
  permission: "assessment.edit",
  input: evidenceRefSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const a = await editableAssessment(db, user, input.assessmentId);
    await requireCapability(db, a, input.capabilityKey);
    note({ capability: input.capabilityKey, sensitivity: input.sensitivity });
    const id = await addEvidence(db, {
      assessmentId: a.id,
      capabilityKey: input.capabilityKey,
      title: input.title,
      url: input.url || null,
      issuedOn: input.issuedOn || null,
      issuer: input.issuer,
      sensitivity: input.sensitivity,
      createdBy: user!.userId,
    });
    return { id };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

// The schema depends on today's date, so it is built per call; the wrapper needs one up front,
// so it takes the shape here and the date rule is checked again in the handler.
const actionShape = makeActionItemSchema("0000-01-01");

export const addAction = defineAction({
  name: "assessment.addAction",
  permission: "assessment.edit",
  input: actionShape,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const today = new Date().toISOString().slice(0, 10);
    if (!makeActionItemSchema(today).safeParse(input).success) throw new ActionError("invalid", "invalidInput", { dueOn: "validation.dueInPast" }, "dueInPast");
    const a = await editableAssessment(db, user, input.assessmentId);
    await requireCapability(db, a, input.capabilityKey);
    note({ capability: input.capabilityKey, status: input.status });
    const id = await addActionItem(db, { assessmentId: a.id, capabilityKey: input.capabilityKey, what: input.what, owner: input.owner, dueOn: input.dueOn, status: input.status, createdBy: user!.userId });
    return { id };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

export const assignCapability = defineAction({
  name: "assessment.assign",
  permission: "assessment.assign",
  input: assignSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const a = await editableAssessment(db, user, input.assessmentId);
    await requireCapability(db, a, input.capabilityKey);
    if (input.assigneeId) {
      const members = await listCountryMembers(db, a.countryIso2);
      // Only people of the assessment's own country can be given its work.
      if (!members.some((m) => m.id === input.assigneeId)) throw new ActionError("invalid", "invalidInput", { assigneeId: "validation.assignee" }, "foreignAssignee");
    }
    note({ capability: input.capabilityKey, assignee: input.assigneeId || null });
    await setAssignee(db, a.id, input.capabilityKey, input.assigneeId || null);
    return { assigned: true };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});

/** Removing evidence, an action or an uploaded file: the same rule for all three. */
function defineRemove(name: string, kind: ItemKind) {
  return defineAction({
    name,
    permission: "assessment.edit",
    input: removeItemSchema,
    countryOf: countryOfAssessment,
    handler: async ({ input, user, db, note }) => {
      const a = await editableAssessment(db, user, input.assessmentId);
      await requireCapability(db, a, input.capabilityKey);
      note({ item: input.itemId, capability: input.capabilityKey });
      if (!(await removeItem(db, kind, a.id, input.itemId))) throw new ActionError("notFound", "itemNotFound");
      return { removed: true };
    },
    target: (i) => ({ type: "assessment", id: i.assessmentId }),
  });
}

export const removeEvidenceRef = defineRemove("assessment.removeEvidence", "evidence");
export const removeAction = defineRemove("assessment.removeAction", "action");
export const removeEvidenceUpload = defineRemove("assessment.removeFile", "file");

export const saveEnablers = defineAction({
  name: "assessment.saveEnablers",
  permission: "assessment.edit",
  input: enablerAnswersSchema,
  countryOf: countryOfAssessment,
  handler: async ({ input, user, db, note }) => {
    const a = await editableAssessment(db, user, input.assessmentId);
    const framework = await getFrameworkVersionById(db, a.frameworkVersionId);
    const known = new Set(framework!.definition.enablers.map((e) => e.key));
    if (input.answers.some((x) => !known.has(x.enablerKey))) throw new ActionError("invalid", "invalidInput", undefined, "unknownEnabler");
    note({ rated: input.answers.filter((x) => x.rating).length });
    await saveEnablerAnswers(db, a.id, input.answers, user!.userId);
    return { saved: input.answers.length };
  },
  target: (i) => ({ type: "assessment", id: i.assessmentId }),
});
