import { NextResponse } from "next/server";
import { getCurrentFramework } from "@/db/queries/frameworks";
import { defineRoute } from "@/lib/auth/route";
import { importTemplateXlsx } from "@/lib/export";
import { getReportLabels } from "@/lib/i18n/report-labels";

export const dynamic = "force-dynamic";

/** The answer template for the current framework: one row per capability, to fill in and import. */
export const GET = defineRoute({
  name: "assessment.downloadTemplate",
  permission: "assessment.create",
  handler: async ({ getDb }) => {
    const framework = await getCurrentFramework(await getDb());
    if (!framework) return NextResponse.json({ error: "no framework loaded" }, { status: 503 });
    const body = await importTemplateXlsx(framework.definition, await getReportLabels());
    return new NextResponse(new Uint8Array(body), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="mnr-answer-template-${framework.version}.xlsx"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
