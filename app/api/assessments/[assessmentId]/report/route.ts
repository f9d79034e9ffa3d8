import { NextResponse } from "next/server";
import { getAssessmentFor } from "@/db/queries/assessments";
import { loadReportInput } from "@/db/queries/report";
import { defineRoute } from "@/lib/auth/route";
import { scopeOf } from "@/lib/auth/scope";
import { buildReport, reportAudienceFor, reportToCsv, reportToDocx, reportToPdf, reportToXlsx, toExportJson, type Report } from "@/lib/export";
import { localiseFramework } from "@/lib/i18n/framework";
import { getReportLabels } from "@/lib/i18n/report-labels";

export const dynamic = "force-dynamic";

const formats: Record<string, { type: string; write: (r: Report) => Promise<Buffer | string> | Buffer | string }> = {
  pdf: { type: "application/pdf", write: reportToPdf },
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", write: reportToDocx },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write: reportToXlsx },
  csv: { type: "text/csv; charset=utf-8", write: (r) => reportToCsv(r) },
  json: { type: "application/json; charset=utf-8", write: toExportJson },
};

/** One cycle's gap report as a file, in the version the reader is entitled to. */
export const GET = defineRoute({
  name: "assessment.downloadReport",
  permission: "workspace.read",
  auditReads: true,
  handler: async ({ request, user, getDb, params, note }) => {
    const db = await getDb();
    const scope = scopeOf(user);
    const url = new URL(request.url);
    const format = url.searchParams.get("format") ?? "pdf";
    const writer = formats[format];
    if (!writer) return NextResponse.json({ error: `unknown format "${format.slice(0, 20)}": use pdf, docx, xlsx, csv or json` }, { status: 400 });
    const assessment = await getAssessmentFor(db, scope, String(params.assessmentId));
    // The version follows the grants this cycle holds, not the reader's role.
    const audience = assessment ? reportAudienceFor(assessment.audience, url.searchParams.get("version")) : null;
    note({ assessment: String(params.assessmentId).slice(0, 64), format: format.slice(0, 10), audience });
    if (!assessment) return NextResponse.json({ error: "not found" }, { status: 404 });
    if (!audience) return NextResponse.json({ error: "this version of the report is not available to you" }, { status: 403 });
    const loaded = await loadReportInput(db, scope, assessment, audience === "internal");
    const input = { ...loaded, def: await localiseFramework(loaded.def) };
    const report = buildReport(input, audience, await getReportLabels());
    const body = await writer.write(report);
    const name = `mnr-${input.country.iso2.toLowerCase()}-${assessment.period}-${audience}.${format}`;
    return new NextResponse(typeof body === "string" ? body : new Uint8Array(body), {
      headers: {
        "Content-Type": writer.type,
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
});
