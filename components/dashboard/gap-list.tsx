import { getTranslations } from "next-intl/server";
import type { PrioritisedGap } from "@/lib/scoring";

interface Props {
  gaps: PrioritisedGap[];
  names: Map<string, string>;
  levelLabel: Map<number, string>;
  leadAgency: Map<string, string>;
  actions: { capabilityKey: string; status: string }[];
}

const statuses = ["planned", "in_progress", "done", "dropped"] as const;

/** Where to act first: larger gaps first, raised where other capabilities depend on the one lagging. */
export async function GapList({ gaps, names, levelLabel, leadAgency, actions }: Props) {
  const t = await getTranslations("dashboard");
  const ta = await getTranslations("actions");
  if (gaps.length === 0) return <p>{t("noGaps")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-start text-sm" data-testid="gap-list">
        <caption className="sr-only">{t("gapsCaption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("capability")}</th>
            <th scope="col" className="p-2 text-start">{t("fromTo")}</th>
            <th scope="col" className="p-2 text-end">{t("gap")}</th>
            <th scope="col" className="p-2 text-start">{t("dependents")}</th>
            <th scope="col" className="p-2 text-start">{t("leadAgency")}</th>
            <th scope="col" className="p-2 text-start">{t("actionsCol")}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((g) => {
            const mine = actions.filter((a) => a.capabilityKey === g.key);
            const counts = statuses.map((s) => [s, mine.filter((a) => a.status === s).length] as const).filter(([, n]) => n > 0);
            return (
              <tr key={g.key} className="border-b border-line align-top" data-capability={g.key}>
                <th scope="row" className="p-2 text-start font-medium">{g.number}. {names.get(g.key)}</th>
                <td className="p-2">{t("levelFromTo", { from: `${g.current} ${levelLabel.get(g.current)}`, to: `${g.target} ${levelLabel.get(g.target)}` })}</td>
                <td className="p-2 text-end" data-cell="gap">{g.gap}</td>
                <td className="p-2">{g.dependents.length ? g.dependents.map((d) => names.get(d)).join("; ") : "—"}</td>
                <td className="p-2">{leadAgency.get(g.key) || "—"}</td>
                <td className="p-2">{counts.length ? counts.map(([s, n]) => `${n} ${ta(`status.${s}`).toLowerCase()}`).join(", ") : t("noActions")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
