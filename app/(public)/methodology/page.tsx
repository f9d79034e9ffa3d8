import type { Metadata } from "next";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { FrameworkMissing } from "@/components/framework/framework-missing";
import { loadLocalisedFramework } from "@/lib/i18n/framework";
import { DEPENDENT_WEIGHT, EVIDENCE_BANDS, SCORING_METHOD, scoreAssessment } from "@/lib/scoring";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("methodology"))("title") };
}

const sections = [
  ["levelsTitle", ["levelToPoints", "levelToPointsExample", "notAssessedRule", "notApplicableRule"]],
  ["scoresTitle", ["domainScoreRule", "overallScoreRule", "equalDomainsReason", "noScoreRule", "roundingRule"]],
  ["besideTitle", ["completenessRule", "evidenceRule", "evidenceCapRule", "evidenceBands"]],
  ["gapsTitle", ["gapRule", "priorityRule", "gapOrderRule"]],
  ["changeTitle", ["comparisonRule"]],
] as const;

/** The scoring method in plain words, with its constants read from the code that applies them. */
export default async function MethodologyPage() {
  await connection();
  const t = await getTranslations("methodology");
  const format = await getFormatter();
  const framework = await loadLocalisedFramework();
  if (!framework) return <FrameworkMissing />;
  const def = framework.definition;
  const values = def.scale.levels.map((l) => l.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  // A worked example computed by the same function the dashboards use: the first domain, one level each.
  const first = def.domains[0]!;
  const caps = def.capabilities.filter((c) => c.domain === first.key);
  const example = scoreAssessment(def, caps.map((c, i) => ({ capabilityKey: c.key, level: Math.min(max, min + i + 1), notApplicable: false, targetLevel: null, confidence: "medium", evidenceCount: 1 })));
  const params = { method: SCORING_METHOD, version: def.version, min, max, step: format.number(100 / (max - min), { maximumFractionDigits: 1 }), weak: EVIDENCE_BANDS.weak, moderate: EVIDENCE_BANDS.moderate, weight: DEPENDENT_WEIGHT };
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p>{t("methodIntro", params)}</p>
        <p>{t("spreadsheet")}</p>
      </header>
      {sections.map(([title, rules]) => (
        <section key={title} aria-labelledby={`m-${title}`} className="space-y-2">
          <h2 id={`m-${title}`} className="text-2xl font-semibold">{t(title)}</h2>
          <ul className="list-disc space-y-1 ps-6">
            {rules.map((r) => (
              <li key={r}>{t(r, params)}</li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="m-example" className="space-y-2">
        <h2 id="m-example" className="text-2xl font-semibold">{t("exampleTitle")}</h2>
        <p>{t("exampleIntro", { domain: first.name })}</p>
        <ul className="list-disc ps-6">
          {caps.map((c, i) => (
            <li key={c.key}>{t("exampleLine", { capability: `${c.number}. ${c.name}`, level: Math.min(max, min + i + 1), points: format.number(example.capabilities.find((x) => x.key === c.key)!.value ?? 0, { maximumFractionDigits: 1 }) })}</li>
          ))}
        </ul>
        <p data-testid="example-result">{t("exampleResult", { domain: first.name, score: format.number(example.domains[0]!.score.value ?? 0, { maximumFractionDigits: 1 }) })}</p>
      </section>
      <section aria-labelledby="m-ranking" className="space-y-2">
        <h2 id="m-ranking" className="text-2xl font-semibold">{t("noRankingTitle")}</h2>
        <p>{t("noRanking")}</p>
      </section>
    </article>
  );
}
