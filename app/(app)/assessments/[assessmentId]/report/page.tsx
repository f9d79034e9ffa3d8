import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportView } from "@/components/reports/report-view";
import { loadReportInput } from "@/db/queries/report";
import { requirePermission } from "@/lib/auth/guard";
import { scopeOf } from "@/lib/auth/scope";
import { buildReport, reportAudienceFor } from "@/lib/export";
import { localiseFramework } from "@/lib/i18n/framework";
import { getReportLabels } from "@/lib/i18n/report-labels";
import { loadAssessmentOnly } from "../load";

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ version?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("section.summary") };
}

const formats = ["pdf", "docx", "xlsx", "csv", "json"] as const;

/** The gap report with a print stylesheet, and the same report as files. */
export default async function ReportPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const user = await requirePermission("workspace.read", `/assessments/${assessmentId}/report`);
  const { db, assessment } = await loadAssessmentOnly(user, assessmentId);
  const scope = scopeOf(user);
  const requested = (await searchParams).version ?? null;
  const audience = reportAudienceFor(assessment.audience, typeof requested === "string" ? requested : null);
  if (!audience) notFound();
  const loaded = await loadReportInput(db, scope, assessment, audience === "internal");
  const report = buildReport({ ...loaded, def: await localiseFramework(loaded.def) }, audience, await getReportLabels());
  const t = await getTranslations("reportPage");
  const versions = assessment.audience === "internal" ? (["internal", "advisory", "ngo", "public"] as const) : [audience];
  const base = `/api/assessments/${assessment.id}/report`;
  return (
    <div className="space-y-8">
      <section aria-labelledby="downloads-title" className="no-print space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="downloads-title" className="text-xl font-semibold">{t("downloadsTitle")}</h2>
        <p className="text-sm text-muted">{t("downloadsIntro")}</p>
        {versions.length > 1 ? (
          <form method="get" className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col text-sm font-medium">
              {t("version")}
              <select name="version" defaultValue={audience} className="min-h-11 rounded border border-slate-500 bg-white px-2">
                {versions.map((v) => <option key={v} value={v}>{report.labels[`audience.${v}`]}</option>)}
              </select>
            </label>
            <button type="submit" className="min-h-11 rounded border border-brand px-3 font-medium text-brand">{t("showVersion")}</button>
          </form>
        ) : null}
        <ul className="flex flex-wrap gap-3">
          {formats.map((f) => (
            <li key={f}>
              <a href={`${base}?format=${f}&version=${audience}`} className="inline-flex min-h-11 items-center rounded bg-brand px-3 font-medium text-white" download>
                {t("downloadAs", { format: t(`formats.${f}`) })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <ReportView report={report} />
    </div>
  );
}
