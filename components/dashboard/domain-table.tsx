import { getFormatter, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/scoring";

/** Domain scores with completeness, evidence and change: the radar's numbers, readable without it. */
export async function DomainTable({ dashboard, names }: { dashboard: Dashboard; names: Map<string, string> }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const n = (v: number | null) => (v === null ? "—" : format.number(v, { maximumFractionDigits: 1 }));
  const previous = new Map(dashboard.previous?.score.domains.map((d) => [d.key, d.score.value]) ?? []);
  const target = new Map(dashboard.target.domains.map((d) => [d.key, d.score.value]));
  return (
    <table className="w-full border-collapse text-start text-sm" data-testid="domain-table">
      <caption className="sr-only">{t("domainTableCaption")}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="p-2 text-start">{t("domain")}</th>
          <th scope="col" className="p-2 text-end">{t("score")}</th>
          <th scope="col" className="p-2 text-end">{t("targetScore")}</th>
          {dashboard.previous ? <th scope="col" className="p-2 text-end">{t("previousScore", { period: dashboard.previous.period })}</th> : null}
          <th scope="col" className="p-2 text-end">{t("completeness")}</th>
          <th scope="col" className="p-2 text-start">{t("evidence")}</th>
        </tr>
      </thead>
      <tbody>
        {dashboard.current.domains.map((d) => (
          <tr key={d.key} className="border-b border-line" data-domain={d.key}>
            <th scope="row" className="p-2 text-start font-medium">{d.number}. {names.get(d.key)}</th>
            <td className="p-2 text-end" data-cell="score">{n(d.score.value)}</td>
            <td className="p-2 text-end">{n(target.get(d.key) ?? null)}</td>
            {dashboard.previous ? <td className="p-2 text-end">{n(previous.get(d.key) ?? null)}</td> : null}
            <td className="p-2 text-end">{format.number(d.score.completeness, { style: "percent" })}</td>
            <td className="p-2">{t(`strength.${d.score.evidence.strength}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
