import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { anonymousRefusals, listAudit, listDenialSummary } from "@/db/queries/audit";
import { DenialSummary } from "@/components/admin/denial-summary";
import { requirePermission } from "@/lib/auth/guard";
import { auditFilterSchema, toAuditQuery } from "@/lib/validation/audit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const pageSize = 50;
const inputClass = "block min-h-11 w-full rounded border border-slate-500 bg-white px-3 py-2";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("audit.read", "/admin/audit");
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const db = await getDb();
  const query = toAuditQuery(filter);
  const [{ rows, total }, counted] = await Promise.all([
    listAudit(db, query, { limit: pageSize, offset: (filter.page - 1) * pageSize }),
    // Counted refusals have no person: a filter on one shows none of them.
    query.actor ? Promise.resolve([]) : listDenialSummary(db, query, pageSize),
  ]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const linkTo = (page: number) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])), page: String(page) })}`;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl">{t("intro")}</p>
      </header>
      {!parsed.success ? (
        <p role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3">
          {t("badFilter")}
        </p>
      ) : null}
      <form method="get" className="grid gap-4 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-6" aria-label={t("filters")}>
        <label className="space-y-1">
          <span className="block font-medium">{t("action")}</span>
          <input name="action" defaultValue={filter.action ?? ""} className={inputClass} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("actor")}</span>
          <input name="actor" defaultValue={filter.actor ?? ""} className={inputClass} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("address")}</span>
          <input name="address" defaultValue={filter.address ?? ""} className={inputClass} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("outcome")}</span>
          <select name="outcome" defaultValue={filter.outcome ?? ""} className={inputClass}>
            <option value="">{t("anyOutcome")}</option>
            {(["success", "denied", "failure", "error"] as const).map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("from")}</span>
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={inputClass} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("to")}</span>
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={inputClass} />
        </label>
        <div className="sm:col-span-2 lg:col-span-6">
          <button type="submit" className="inline-flex min-h-11 items-center rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
            {t("apply")}
          </button>
        </div>
      </form>
      <p role="status">{t("count", { count: total })}</p>
      {/* Focusable so keyboard users can scroll a wide table. */}
      <div className="overflow-x-auto rounded border border-line bg-white" tabIndex={0} role="region" aria-label={t("title")}>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-brand-soft">
            <tr>
              {(["when", "who", "action", "target", "outcome", "address", "details"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-start">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-line align-top">
                <td className="whitespace-nowrap px-3 py-2 font-mono">{r.at.toISOString().replace("T", " ").slice(0, 19)} UTC</td>
                <td className="px-3 py-2">{r.actorEmail ?? t("anonymous")}{r.actorRole ? ` (${r.actorRole})` : ""}</td>
                <td className="px-3 py-2 font-mono">{r.action}</td>
                <td className="px-3 py-2">{r.targetType ? `${r.targetType} ${r.targetId ?? ""}` : ""}{r.countryIso2 ? ` [${r.countryIso2}]` : ""}</td>
                <td className="px-3 py-2">{t(`outcomes.${r.outcome as "success"}`)}</td>
                <td className="px-3 py-2 font-mono">{r.ipAddress}</td>
                <td className="px-3 py-2 font-mono text-xs">{r.details ? JSON.stringify(r.details) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("pagination")} className="flex items-center gap-4">
        {filter.page > 1 ? <Link href={linkTo(filter.page - 1)} className="font-medium text-brand underline">{t("previous")}</Link> : null}
        <span>{t("pageOf", { page: format.number(filter.page), pages: format.number(pages) })}</span>
        {filter.page < pages ? <Link href={linkTo(filter.page + 1)} className="font-medium text-brand underline">{t("next")}</Link> : null}
      </nav>
      <DenialSummary rows={counted} logged={anonymousRefusals.loggedPerWindow} />
    </div>
  );
}
