import { getFormatter, getTranslations } from "next-intl/server";
import type { TrendPoint } from "@/lib/scoring";

/** Scores per cycle: the trend chart's numbers, with cycles on another framework version marked in words. */
export async function TrendTable({ trend, domains }: { trend: TrendPoint[]; domains: { key: string; name: string }[] }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const n = (v: number | null | undefined) => (v == null ? "—" : format.number(v, { maximumFractionDigits: 1 }));
  return (
    <table className="w-full border-collapse text-start text-sm" data-testid="trend-table">
      <caption className="sr-only">{t("trendTableCaption")}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="p-2 text-start">{t("period")}</th>
          <th scope="col" className="p-2 text-end">{t("overall")}</th>
          {domains.map((d) => (
            <th key={d.key} scope="col" className="p-2 text-end">{d.name}</th>
          ))}
          <th scope="col" className="p-2 text-end">{t("completeness")}</th>
        </tr>
      </thead>
      <tbody>
        {trend.map((p) => (
          <tr key={p.id} className="border-b border-line" data-period={p.period}>
            <th scope="row" className="p-2 text-start font-medium">
              {p.period}
              {p.comparable ? null : <span className="ms-1 font-normal">({t("otherVersion")})</span>}
            </th>
            <td className="p-2 text-end" data-cell="overall">{n(p.overall)}</td>
            {domains.map((d) => (
              <td key={d.key} className="p-2 text-end">{n(p.domains[d.key])}</td>
            ))}
            <td className="p-2 text-end">{format.number(p.completeness, { style: "percent" })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
