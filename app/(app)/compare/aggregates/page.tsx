import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { groupLabelKey } from "@/components/compare/group-label";
import { requirePermission } from "@/lib/auth/guard";
import { localiseFramework } from "@/lib/i18n/framework";
import { aggregate, crossCountryPatterns, type AggregateGroup, type GroupFamily } from "@/lib/comparison";
import { loadComparison, readUpTo, yearsOf } from "../data";

type Props = { searchParams: Promise<{ by?: string; upTo?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("aggregatesTitle") };
}

/** Anonymous figures over every validated cycle, shown only where no single country can be read out. */
export default async function AggregatesPage({ searchParams }: Props) {
  await requirePermission("comparison.read", "/compare/aggregates");
  const q = await searchParams;
  const t = await getTranslations("compare");
  const format = await getFormatter();
  const locale = await getLocale();
  const by: GroupFamily = q.by === "region" || q.by === "incomeGroup" ? q.by : "all";
  const upTo = readUpTo(q.upTo);
  const { cycles, minGroupSize, memo } = await loadComparison();
  const result = memo(`agg|${by}|${upTo}`, (c) => aggregate(c, { by, upTo, minGroupSize }));
  const patterns = memo(`patterns|${upTo}|${locale}`, (c) => crossCountryPatterns(c, { upTo, minGroupSize, locale }));
  const years = yearsOf(cycles);
  const def = cycles[0] ? await localiseFramework(cycles[0].def) : undefined;
  const capName = new Map(def?.capabilities.map((c) => [c.key, `${c.number}. ${c.name}`]) ?? []);
  const label = (g: AggregateGroup) => {
    const { key, fallback } = groupLabelKey(g.family, g.label);
    return t.has(key as never) ? t(key as never) : fallback;
  };
  const shown = result.groups.filter((g): g is Extract<AggregateGroup, { shown: true }> => g.shown);
  const hidden = result.groups.filter((g) => !g.shown);
  const query = new URLSearchParams([["by", by], ...(upTo ? [["upTo", upTo]] : [])]).toString();

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold">{t("aggregatesTitle")}</h1>
        <p>{t("aggregatesIntro", { min: minGroupSize })}</p>
        <p><Link href="/compare" className="font-medium text-brand underline underline-offset-4">{t("namedLink")}</Link></p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-white p-4" aria-label={t("choose")}>
        <label className="flex flex-col font-medium">{t("groupBy")}
          <select name="by" defaultValue={by} className="min-h-11 rounded border border-slate-500 bg-white px-2">
            <option value="all">{t("groups.all")}</option>
            <option value="region">{t("groups.region")}</option>
            <option value="incomeGroup">{t("groups.incomeGroup")}</option>
          </select>
        </label>
        <label className="flex flex-col font-medium">{t("upTo")}
          <select name="upTo" defaultValue={upTo ?? ""} className="min-h-11 rounded border border-slate-500 bg-white px-2">
            <option value="">{t("latest")}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-medium text-white">{t("show")}</button>
      </form>

      <section aria-labelledby="medians-title" className="space-y-3">
        <h2 id="medians-title" className="text-2xl font-semibold">{t("mediansTitle")}</h2>
        <p className="max-w-3xl">{t("figureRule", { min: minGroupSize })}</p>
        {hidden.length ? (
          <ul className="list-disc ps-6" data-testid="hidden-groups">
            {hidden.map((g) => <li key={g.key}>{t("hiddenGroup", { group: label(g), countries: g.countries, reason: t(`reason.${(g as { reason: string }).reason as "tooFew"}`) })}</li>)}
          </ul>
        ) : null}
        {shown.length ? (
          <div className="overflow-x-auto">
            <table className="border-collapse bg-white text-sm" data-testid="aggregate-medians">
              <caption className="mb-2 text-start text-sm text-muted">{t("mediansCaption", { levels: result.levels.join(", ") })}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="p-2 text-start">{t("capability")}</th>
                  {shown.map((g) => <th key={g.key} scope="col" className="p-2 text-start">{label(g)} <span className="font-normal">({t("countriesN", { count: g.countries })})</span></th>)}
                </tr>
              </thead>
              <tbody>
                {(def?.capabilities ?? []).map((c) => (
                  <tr key={c.key} className="border-b border-line">
                    <th scope="row" className="p-2 text-start font-medium">{capName.get(c.key)}</th>
                    {shown.map((g) => {
                      const f = g.capabilities.find((x) => x.key === c.key);
                      return (
                        <td key={g.key} className="p-2" data-group={g.key}>
                          {!f ? "—" : f.shown ? <>{t("median", { value: format.number(f.median, { maximumFractionDigits: 1 }) })} <span className="text-xs text-muted">({f.distribution.join(" · ")})</span></> : t(`hiddenCellReason.${f.reason}`, { min: minGroupSize })}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p><a href={`/api/compare?view=aggregate&${query}`} className="font-medium text-brand underline underline-offset-4" download>{t("downloadCsv")}</a></p>
      </section>

      <section aria-labelledby="patterns-title" className="space-y-3">
        <h2 id="patterns-title" className="text-2xl font-semibold">{t("patternsTitle")}</h2>
        <h3 className="text-lg font-semibold">{t("laggingTitle")}</h3>
        {patterns.laggingWidely.shown ? (
          <ul className="list-disc ps-6" data-testid="lagging">
            {patterns.laggingWidely.capabilities.map((c) => <li key={c.key}>{t("laggingLine", { capability: capName.get(c.key) ?? c.key, lagging: c.lagging, assessed: c.assessed, level: patterns.laggingWidely.shown ? patterns.laggingWidely.atOrBelowLevel : 0 })}</li>)}
          </ul>
        ) : <p>{t("hiddenGroup", { group: t("groups.all"), countries: patterns.laggingWidely.countries, reason: t(`reason.${patterns.laggingWidely.reason}`) })}</p>}
        <h3 className="text-lg font-semibold">{t("peersTitle")}</h3>
        <p className="text-sm text-muted">{t("peersIntro")}</p>
        <ul className="space-y-1" data-testid="peer-learning">
          {patterns.peerLearning.filter((p) => p.countries.length).map((p) => (
            <li key={p.key}><span className="font-medium">{capName.get(p.key)}</span>: {p.countries.map((c) => c.countryName).join(", ")}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
