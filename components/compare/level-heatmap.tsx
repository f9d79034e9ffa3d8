import { getTranslations } from "next-intl/server";
import type { NamedComparison } from "@/lib/comparison";

// Lighter to darker with the level; the digit is always printed, so colour is never the only cue.
const fills = ["#f1f5f9", "#dbeafe", "#93c5fd", "#2563eb", "#1e3a8a"];
const marks: Record<string, string> = { none: "", weak: "·", moderate: "◐", strong: "●" };

/** Countries × capabilities: each cell the level, with a mark for how well it is evidenced. */
export async function LevelHeatmap({ comparison, names }: { comparison: NamedComparison; names: Map<string, string> }) {
  const t = await getTranslations("compare");
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-sm" data-testid="heatmap">
        <caption className="mb-2 text-start text-sm text-muted">{t("heatmapCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="p-1 text-start">{t("country")}</th>
            {comparison.columns.map((c) => (
              <th key={c.key} scope="col" className="w-9 p-1 text-center" title={names.get(c.key)}>
                <abbr title={names.get(c.key)} className="no-underline">{c.number}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((r) => (
            <tr key={r.countryIso2} data-country={r.countryIso2}>
              <th scope="row" className="whitespace-nowrap p-1 pe-3 text-start font-medium">{r.countryName}</th>
              {r.capabilities.map((c) => {
                const level = c.notApplicable ? null : c.level;
                const fill = level === null ? "#ffffff" : fills[Math.min(level, fills.length - 1)];
                return (
                  <td key={c.key} className="border border-white p-1 text-center" style={{ background: fill, color: level !== null && level >= 3 ? "#ffffff" : "#111827" }}>
                    {c.notApplicable ? t("na") : level === null ? "–" : level}
                    <span aria-hidden="true">{marks[c.evidence.strength]}</span>
                    <span className="sr-only">{t(`evidence.${c.evidence.strength}`)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-muted">{t("heatmapLegend")}</p>
    </div>
  );
}
