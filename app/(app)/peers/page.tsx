import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { localiseFramework } from "@/lib/i18n/framework";
import { countriesLikeMine, type CapabilityFigure, type PeerGroupHeader } from "@/lib/comparison";
import { loadComparison } from "../compare/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("peers"))("title") };
}

/** A country's own levels against the anonymous spread of its region and income group. */
export default async function PeersPage() {
  const user = await requirePermission("country.readOwn", "/peers");
  const t = await getTranslations("peers");
  const tc = await getTranslations("compare");
  const format = await getFormatter();
  const { cycles, minGroupSize, memo } = await loadComparison();
  const iso2 = user.countryIso2!;
  const mine = memo(`mine|${iso2}`, (c) => countriesLikeMine(c, iso2, { minGroupSize }));
  const raw = cycles.find((c) => c.countryIso2 === iso2)?.def ?? cycles[0]?.def;
  const def = raw ? await localiseFramework(raw) : undefined;
  const capName = new Map(def?.capabilities.map((c) => [c.key, `${c.number}. ${c.name}`]) ?? []);
  const groupName = (kind: "region" | "income", h: PeerGroupHeader) => {
    const key = kind === "region" ? `regions.${h.label}` : `income.${h.label}`;
    return tc.has(key as never) ? tc(key as never) : h.label;
  };
  const header = (kind: "region" | "income", h: PeerGroupHeader | null) =>
    !h ? t("noGroup") : h.shown ? t("groupShown", { group: groupName(kind, h), count: h.countries }) : t("groupHidden", { group: groupName(kind, h), count: h.countries, reason: h.reason === "notComparable" ? t("notComparable") : tc(`reason.${h.reason}`) });
  const cell = (f: CapabilityFigure | null) => (!f ? "—" : f.shown ? `${tc("median", { value: format.number(f.median, { maximumFractionDigits: 1 }) })} (${f.distribution.join(" · ")})` : tc(`hiddenCellReason.${f.reason}`, { min: minGroupSize }));
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p>{t("intro", { min: minGroupSize })}</p>
        <p>{tc("figureRule", { min: minGroupSize })}</p>
      </header>
      {!mine ? (
        <p>{t("noValidated")}</p>
      ) : (
        <>
          <ul className="list-disc ps-6" data-testid="peer-groups">
            <li>{header("region", mine.region)}</li>
            <li>{header("income", mine.incomeGroup)}</li>
          </ul>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm" data-testid="peers-table">
              <caption className="mb-2 text-start text-sm text-muted">{t("caption", { period: mine.period })}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="p-2 text-start">{tc("capability")}</th>
                  <th scope="col" className="p-2 text-start">{t("yourLevel")}</th>
                  <th scope="col" className="p-2 text-start">{t("region")}</th>
                  <th scope="col" className="p-2 text-start">{t("incomeGroup")}</th>
                </tr>
              </thead>
              <tbody>
                {mine.capabilities.map((c) => (
                  <tr key={c.key} className="border-b border-line">
                    <th scope="row" className="p-2 text-start font-medium">{capName.get(c.key)}</th>
                    <td className="p-2" data-cell="mine">{c.notApplicable ? tc("na") : c.level ?? "—"}</td>
                    <td className="p-2">{cell(c.region)}</td>
                    <td className="p-2">{cell(c.incomeGroup)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
