import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { getAssessmentFor } from "@/db/queries/assessments";
import { addEvidenceFile } from "@/db/queries/evidence";
import { getFrameworkVersionById } from "@/db/queries/frameworks";
import { isEditable, type Status } from "@/lib/assessment/workflow";
import { defineRoute } from "@/lib/auth/route";
import { scopeOf } from "@/lib/auth/scope";
import { classifyUpload, maxUploadBytes } from "@/lib/uploads/classify";
import { uploadMetaSchema } from "@/lib/validation/assessment";

export const dynamic = "force-dynamic";

// Uploads are multipart, which is HTTP-shaped work: hence a route handler, behind the same wrapper.
export const POST = defineRoute({
  name: "assessment.uploadEvidence",
  permission: "assessment.edit",
  handler: async ({ request, user, getDb, params, note }) => {
    const t = await getTranslations("uploads");
    const fail = (status: number, key: string) => NextResponse.json({ error: t(key as never) }, { status });
    const db = await getDb();
    const assessment = await getAssessmentFor(db, scopeOf(user), String(params.assessmentId));
    if (!assessment) return fail(404, "notFound");
    if (!isEditable(assessment.status as Status)) return fail(409, "locked");
    if (Number(request.headers.get("content-length") ?? 0) > maxUploadBytes + 64 * 1024) return fail(413, "tooLarge");
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return fail(400, "badRequest");
    }
    const meta = uploadMetaSchema.safeParse({ capabilityKey: form.get("capabilityKey"), sensitivity: form.get("sensitivity") });
    const file = form.get("file");
    if (!meta.success || !(file instanceof File)) return fail(400, "badRequest");
    const framework = await getFrameworkVersionById(db, assessment.frameworkVersionId);
    if (!framework?.definition.capabilities.some((c) => c.key === meta.data.capabilityKey)) return fail(404, "unknownCapability");
    if (file.size > maxUploadBytes) return fail(413, "tooLarge");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const verdict = classifyUpload(bytes);
    note({ capability: meta.data.capabilityKey, size: bytes.length, verdict: verdict.ok ? verdict.kind : verdict.reason });
    if (!verdict.ok) return fail(verdict.reason === "tooLarge" ? 413 : 415, `refused_${verdict.reason}`);
    const id = await addEvidenceFile(db, {
      assessmentId: assessment.id,
      capabilityKey: meta.data.capabilityKey,
      fileName: file.name.replace(/[\\/\r\n"]/g, "_").slice(0, 200) || "document",
      mimeType: verdict.mimeType,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      content: Buffer.from(bytes),
      sensitivity: meta.data.sensitivity,
      uploadedBy: user!.userId,
    });
    note({ file: id });
    return NextResponse.json({ id }, { status: 201 });
  },
});
