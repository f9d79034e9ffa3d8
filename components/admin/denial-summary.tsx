import { getTranslations } from "next-intl/server";

export interface DenialSummaryRow {
  ipAddress: string;
  action: string;
  outcome: string;
  reason: string;
  windowStart: Date;
  count: number;
  lastAt: Date;
}

const utc = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16);

/** The counted refusals of requests without a session (db/queries/audit.ts, recordAnonymousRefusal). */
export async function DenialSummary({ rows, logged }: { rows: DenialSummaryRow[]; logged: number }) {
  const t = await getTranslations("audit");
  const columns = ["window", "address", "action", "reason", "outcome", "count", "last"] as const;
  return (
    <section aria-labelledby="anonymous-refusals" className="space-y-3">
      <h2 id="anonymous-refusals" className="text-2xl font-semibold">
        {t("anonymousTitle")}
      </h2>
      <p className="max-w-3xl">{t("anonymousIntro", { logged })}</p>
      {rows.length === 0 ? (
        <p>{t("anonymousNone")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line bg-white" tabIndex={0} role="region" aria-label={t("anonymousTitle")}>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("anonymousTitle")}</caption>
            <thead className="bg-brand-soft">
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 text-start">
                    {t(`anonymousColumns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.ipAddress} ${r.windowStart.toISOString()} ${r.action} ${r.outcome} ${r.reason}`} className="border-t border-line align-top">
                  <td className="whitespace-nowrap px-3 py-2 font-mono">{utc(r.windowStart)}</td>
                  <td className="px-3 py-2 font-mono">{r.ipAddress}</td>
                  <td className="px-3 py-2 font-mono">{r.action}</td>
                  <td className="px-3 py-2 font-mono">{r.reason}</td>
                  <td className="px-3 py-2">{t(`outcomes.${r.outcome as "denied"}`)}</td>
                  <td className="px-3 py-2 text-end font-mono" data-testid="denial-count">
                    {r.count}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono">{utc(r.lastAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
