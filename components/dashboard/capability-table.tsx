import { getTranslations } from "next-intl/server";
import type { CapabilityScore } from "@/lib/scoring";

/** The capability bars as a table: level, target and gap for all capabilities. */
export async function CapabilityTable({ capabilities, names, levelLabel }: { capabilities: CapabilityScore[]; names: Map<string, string>; levelLabel: Map<number, string> }) {
  const t = await getTranslations("dashboard");
  const level = (v: number | null) => (v === null ? "—" : `${v}. ${levelLabel.get(v) ?? ""}`);
  return (
    <table className="w-full border-collapse text-start text-sm" data-testid="capability-table">
      <caption className="sr-only">{t("capabilityTableCaption")}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="p-2 text-start">{t("capability")}</th>
          <th scope="col" className="p-2 text-start">{t("currentLevel")}</th>
          <th scope="col" className="p-2 text-start">{t("targetLevel")}</th>
          <th scope="col" className="p-2 text-end">{t("gap")}</th>
        </tr>
      </thead>
      <tbody>
        {capabilities.map((c) => (
          <tr key={c.key} className="border-b border-line" data-capability={c.key}>
            <th scope="row" className="p-2 text-start font-medium">{c.number}. {names.get(c.key)}</th>
            <td className="p-2" data-cell="current">{c.notApplicable ? t("notApplicable") : level(c.current)}</td>
            <td className="p-2">{level(c.target)}</td>
            <td className="p-2 text-end" data-cell="gap">{c.gap ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
