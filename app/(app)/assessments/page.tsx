import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/assessment/status-badge";
import { getDb } from "@/db/client";
import { listAssessmentsFor } from "@/db/queries/assessments";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import type { Status } from "@/lib/assessment/workflow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("title") };
}

export default async function AssessmentsPage() {
  const user = await requirePermission("workspace.read", "/assessments");
  const t = await getTranslations("assessments");
  const format = await getFormatter();
  const rows = await listAssessmentsFor(await getDb(), scopeOf(user));
  const hasOpen = rows.some((r) => r.status !== "validated");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        {can(user.role, "export.shared") ? (
          <p className="text-sm" data-testid="open-data">
            {t("openData")}{" "}
            {(["csv", "json", "dictionary"] as const).map((f, i) => (
              <span key={f}>
                {i ? " · " : ""}
                <a href={`/api/open-data?format=${f}`} className="inline-flex min-h-6 items-center font-medium text-brand underline underline-offset-4" download>{t(`openDataFormat.${f}`)}</a>
              </span>
            ))}
          </p>
        ) : null}
        {can(user.role, "assessment.create") && !hasOpen ? (
          <Link href="/assessments/new" className="inline-flex min-h-11 items-center rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
            {t("new")}
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-white p-4">
              <div>
                <Link href={`/assessments/${r.id}`} className="font-semibold text-brand underline underline-offset-4">
                  {r.countryName}: {r.title} ({r.period})
                </Link>
                <p className="text-sm text-muted">{t("updated", { date: format.dateTime(r.updatedAt, { dateStyle: "medium" }) })}</p>
              </div>
              <StatusBadge status={r.status as Status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
