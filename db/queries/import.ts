import { randomUUID } from "node:crypto";
import type { AnswerRecord } from "@/lib/export";
import type { Db } from "../client";
import { findOpenCycle } from "./assessments";
import { getCurrentFramework } from "./frameworks";
import { actionItems, assessments, capabilityAnswers, enablerAnswers, evidenceRefs } from "../schema";

export interface ImportedDraft {
  countryIso2: string;
  frameworkVersionId: number;
  title: string;
  period: string;
  createdBy: string;
  answers: readonly AnswerRecord[];
  evidence: readonly { capabilityKey: string; title: string; url: string | null; issuer: string; issuedOn: string | null; sensitivity: string }[];
  actions: readonly { capabilityKey: string; what: string; owner: string; dueOn: string; status: string }[];
  enablers: readonly { enablerKey: string; rating: string | null; notes: string }[];
}

/**
 * A new draft holding everything an import file carried, all or nothing. Null when the
 * country already has a cycle in progress (the same one-open-draft rule as any new cycle).
 */
export async function createImportedDraft(db: Db, d: ImportedDraft): Promise<string | null> {
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(assessments)
      .values({ id, countryIso2: d.countryIso2, frameworkVersionId: d.frameworkVersionId, title: d.title, period: d.period, createdBy: d.createdBy })
      .onConflictDoNothing()
      .returning({ id: assessments.id });
    if (inserted.length === 0) return null;
    if (d.answers.length) {
      await tx.insert(capabilityAnswers).values(d.answers.map((a) => ({ ...a, assessmentId: id, version: 1, updatedBy: d.createdBy })));
    }
    if (d.evidence.length) await tx.insert(evidenceRefs).values(d.evidence.map((e) => ({ ...e, id: randomUUID(), assessmentId: id, createdBy: d.createdBy })));
    if (d.actions.length) await tx.insert(actionItems).values(d.actions.map((a) => ({ ...a, id: randomUUID(), assessmentId: id, createdBy: d.createdBy })));
    if (d.enablers.length) await tx.insert(enablerAnswers).values(d.enablers.map((e) => ({ ...e, assessmentId: id, updatedBy: d.createdBy })));
    return id;
  });
}

export type ImportBlocker = "noCountry" | "openCycleExists" | "frameworkMissing";

/**
 * What the import would refuse on whatever the file holds: checked before the upload is
 * read. The insert keeps its own one-open-cycle guard for a race between two imports.
 */
export async function checkImportPreconditions(
  db: Db,
  countryIso2: string | null | undefined,
): Promise<{ ok: true; framework: NonNullable<Awaited<ReturnType<typeof getCurrentFramework>>> } | { ok: false; blocker: ImportBlocker }> {
  if (!countryIso2) return { ok: false, blocker: "noCountry" };
  if (await findOpenCycle(db, countryIso2)) return { ok: false, blocker: "openCycleExists" };
  const framework = await getCurrentFramework(db);
  if (!framework) return { ok: false, blocker: "frameworkMissing" };
  return { ok: true, framework };
}
