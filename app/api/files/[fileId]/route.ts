import { NextResponse } from "next/server";
import { getAssessmentFor } from "@/db/queries/assessments";
import { findFileAssessmentId, getEvidenceFile } from "@/db/queries/evidence";
import { defineRoute } from "@/lib/auth/route";
import { scopeOf } from "@/lib/auth/scope";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "assessment.downloadEvidence",
  permission: "workspace.read",
  auditReads: true,
  handler: async ({ user, getDb, params, note }) => {
    const db = await getDb();
    const scope = scopeOf(user);
    const notFound = NextResponse.json({ error: "not found" }, { status: 404 });
    const assessmentId = await findFileAssessmentId(db, String(params.fileId));
    const assessment = assessmentId ? await getAssessmentFor(db, scope, assessmentId) : null;
    const file = assessment ? await getEvidenceFile(db, assessment, String(params.fileId)) : null;
    note({ file: String(params.fileId).slice(0, 64) });
    if (!file) return notFound;
    return new NextResponse(new Uint8Array(file.content), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        // Always a download, never rendered in the app's origin.
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
});
