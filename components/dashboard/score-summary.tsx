import { getFormatter, getTranslations } from "next-intl/server";
import type { CycleComparison, Score } from "@/lib/scoring";

interface Props {
  overall: Score;
  comparison: CycleComparison;
  previousPeriod: string | null;
}

/** The headline: overall score, always beside how complete and how well evidenced it is. */
export async function ScoreSummary({ overall, comparison, previousPeriod }: Props) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const change =
    !previousPeriod ? t("change.first") : !comparison.comparable || comparison.overall === null ? t("change.notComparable", { period: previousPeriod }) : t("change.points", { delta: format.number(comparison.overall, { signDisplay: "exceptZero", maximumFractionDigits: 1 }), period: previousPeriod });
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="score-summary">
      <Card label={t("overall")} testId="overall-score">{overall.value === null ? t("noScore") : t("outOf100", { value: format.number(overall.value, { maximumFractionDigits: 1 }) })}</Card>
      <Card label={t("completeness")} testId="overall-completeness">
        {format.number(overall.completeness, { style: "percent" })} <span className="text-base font-normal">({t("assessedOf", { assessed: overall.assessed, total: overall.total - overall.notApplicable })})</span>
      </Card>
      <Card label={t("evidence")} testId="overall-evidence">{t(`strength.${overall.evidence.strength}`)}</Card>
      <Card label={t("change.label")} testId="overall-change">{change}</Card>
    </dl>
  );
}

function Card({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-line bg-white p-4">
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold" data-testid={testId}>{children}</dd>
    </div>
  );
}
