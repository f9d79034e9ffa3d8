import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LevelHeatmap } from "@/components/compare/level-heatmap";
import { requirePermission } from "@/lib/auth/guard";
import { localiseFramework } from "@/lib/i18n/framework";
import { buildNamedComparison, listShareableCountries, type NamedSort } from "@/lib/comparison";
import { loadComparison, readUpTo, yearsOf } from "./data";

type Props = { searchParams: Promise<{ c?: string | string[]; upTo?: string; sort?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

const asList = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).filter((x) => /^[A-Z]{2}$/.test(x)).slice(0, 30);

/** Countries side by side, only those that shared with the board; never ranked. */
export default async function ComparePage({ searchParams }: Props) {
  await requirePermission("comparison.read", "/compare");
  const q = await searchParams;
  const t = await getTranslations("compare");
  const format = await getFormatter();
  const locale = await getLocale();
  const { cycles, memo } = await loadComparison();
  const upTo = readUpTo(q.upTo);
  const sort: NamedSort = q.sort === "region" ? "region" : "name";
  const selected = asList(q.c);
  const choices = memo(`choices|${upTo}|${locale}`, (c) => listShareableCountries(c, { upTo, locale }));
  const comparison = selected.length ? memo(`named|${selected.join(",")}|${upTo}|${sort}|${locale}`, (c) => buildNamedComparison(c, selected, { upTo, sort, locale })) : null;
  const years = yearsOf(cycles);
  const def = cycles[0] ? await localiseFramework(cycles[0].def) : undefined;
  const names = new Map([...(def?.capabilities.map((c) => [c.key, `${c.number}. ${c.name}`] as const) ?? []), ...(def?.domains.map((d) => [d.key, d.name] as const) ?? [])]);
  const n = (v: number | null) => (v === null ? "—" : format.number(v, { maximumFractionDigits: 1 }));
  const query = new URLSearchParams([...selected.map((c) => ["c", c]), ...(upTo ? [["upTo", upTo]] : []), ["sort", sort]]).toString();

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p><Link href="/compare/aggregates" className="font-medium text-brand underline underline-offset-4">{t("aggregatesLink")}</Link></p>
      </header>
      <form method="get" className="space-y-4 rounded-lg border border-line bg-white p-4" aria-label={t("choose")}>
        <fieldset>
          <legend className="font-semibold">{t("countries", { count: choices.length })}</legend>
          {choices.length === 0 ? <p>{t("noneShared")}</p> : null}
          <div className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-4">
            {choices.map((c) => (
              <label key={c.countryIso2} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="c" value={c.countryIso2} defaultChecked={selected.includes(c.countryIso2)} className="size-5" />
                {c.countryName}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col font-medium">{t("upTo")}
            <select name="upTo" defaultValue={upTo ?? ""} className="min-h-11 rounded border border-slate-500 bg-white px-2">
              <option value="">{t("latest")}</option>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          <label className="flex flex-col font-medium">{t("sort")}
            <select name="sort" defaultValue={sort} className="min-h-11 rounded border border-slate-500 bg-white px-2">
              <option value="name">{t("sortName")}</option>
              <option value="region">{t("sortRegion")}</option>
            </select>
          </label>
          <button type="submit" className="min-h-11 rounded bg-brand px-4 font-medium text-white">{t("show")}</button>
        </div>
      </form>
      {comparison ? (
        <>
          <section aria-labelledby="scores-title" className="space-y-3">
            <h2 id="scores-title" className="text-2xl font-semibold">{t("scoresTitle")}</h2>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse bg-white text-sm" data-testid="named-scores">
                <caption className="sr-only">{t("scoresCaption")}</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="p-2 text-start">{t("country")}</th>
                    <th scope="col" className="p-2 text-start">{t("cycle")}</th>
                    <th scope="col" className="p-2 text-end">{t("overall")}</th>
                    {def?.domains.map((d) => <th key={d.key} scope="col" className="p-2 text-end">{d.name}</th>)}
                    <th scope="col" className="p-2 text-start">{t("completenessEvidence")}</th>
                    <th scope="col" className="p-2 text-start">{t("trend")}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.rows.map((r) => (
                    <tr key={r.countryIso2} className="border-b border-line" data-country={r.countryIso2}>
                      <th scope="row" className="p-2 text-start font-medium">{r.countryName}<span className="block text-xs font-normal text-muted">{r.region}</span></th>
                      <td className="p-2">{r.period}{r.comparable ? null : <span className="block text-xs">{t("otherVersion")}</span>}</td>
                      <td className="p-2 text-end" data-cell="overall">{n(r.overall.value)}</td>
                      {r.domains.map((d) => <td key={d.key} className="p-2 text-end">{n(d.score.value)}</td>)}
                      <td className="p-2">{format.number(r.overall.completeness, { style: "percent" })} · {t(`evidence.${r.overall.evidence.strength}`)}</td>
                      <td className="p-2 text-xs">{r.trend.map((p) => `${p.period}: ${n(p.overall)}`).join(" → ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p><a href={`/api/compare?view=named&${query}`} className="font-medium text-brand underline underline-offset-4" download>{t("downloadCsv")}</a></p>
          </section>
          <section aria-labelledby="heatmap-title" className="space-y-3">
            <h2 id="heatmap-title" className="text-2xl font-semibold">{t("heatmapTitle")}</h2>
            <LevelHeatmap comparison={comparison} names={names} />
          </section>
        </>
      ) : null}
    </div>
  );
}
