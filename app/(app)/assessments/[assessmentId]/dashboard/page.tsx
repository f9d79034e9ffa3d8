import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/assessment/status-badge";
import { ChartFigure } from "@/components/charts/chart-figure";
import { LazyChart } from "@/components/charts/lazy-chart";
import { CapabilityTable } from "@/components/dashboard/capability-table";
import { DomainTable } from "@/components/dashboard/domain-table";
import { EnablersGlance } from "@/components/dashboard/enablers-glance";
import { GapList } from "@/components/dashboard/gap-list";
import { ScoreSummary } from "@/components/dashboard/score-summary";
import { TrendTable } from "@/components/dashboard/trend-table";
import { getEnablerAnswers } from "@/db/queries/assessments";
import { getCountryOfAssessment } from "@/db/queries/countries";
import { listActionItems } from "@/db/queries/evidence";
import { loadScoringCycles } from "@/db/queries/scores";
import type { Status } from "@/lib/assessment/workflow";
import { requirePermission } from "@/lib/auth/guard";
import { scopeOf } from "@/lib/auth/scope";
import { buildDashboard } from "@/lib/scoring";
import { directionOf } from "@/lib/i18n/config";
import { loadAssessmentOnly } from "../load";
import { chartSeries } from "./series";

type Props = { params: Promise<{ assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ params }: Props) {
  const { assessmentId } = await params;
  const user = await requirePermission("workspace.read", `/assessments/${assessmentId}/dashboard`);
  const { db, assessment, def } = await loadAssessmentOnly(user, assessmentId);
  const [cycles, country, actions, enablerAnswers] = await Promise.all([
    loadScoringCycles(db, scopeOf(user), assessment.countryIso2),
    getCountryOfAssessment(db, assessment),
    listActionItems(db, assessment),
    getEnablerAnswers(db, assessment),
  ]);
  const dashboard = buildDashboard(assessment.id, cycles);
  const t = await getTranslations("dashboard");
  const names = new Map([...def.domains.map((d) => [d.key, d.name] as const), ...def.capabilities.map((c) => [c.key, c.name] as const)]);
  const levelLabel = new Map(def.scale.levels.map((l) => [l.value, l.label]));
  const series = chartSeries(dashboard, def, {
    current: t("series.current", { period: assessment.period }),
    target: t("series.target"),
    previous: dashboard.previous ? t("series.previous", { period: dashboard.previous.period }) : null,
    level: t("series.level"),
    gap: t("series.gap"),
    overall: t("overall"),
  });
  const maxLevel = Math.max(...def.scale.levels.map((l) => l.value));
  // Arabic: values grow and time runs from the right, as the text does.
  const rtl = directionOf(await getLocale()) === "rtl";

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p>
          <Link href={`/assessments/${assessment.id}`} className="text-sm font-medium text-brand underline underline-offset-4">{t("backToAssessment")}</Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("heading", { country: country.name, period: assessment.period })}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={assessment.status as Status} />
          <span>{t("frameworkLine", { name: def.name, version: def.version, method: dashboard.current.method })}</span>
          <Link href="/methodology" className="font-medium text-brand underline underline-offset-4">{t("howCalculated")}</Link>
        </p>
      </header>

      <section aria-labelledby="summary-title" className="space-y-4">
        <h2 id="summary-title" className="text-2xl font-semibold">{t("summaryTitle")}</h2>
        <ScoreSummary overall={dashboard.current.overall} comparison={dashboard.comparison} previousPeriod={dashboard.previous?.period ?? null} />
      </section>

      <section aria-labelledby="domains-title" className="space-y-4">
        <h2 id="domains-title" className="text-2xl font-semibold">{t("domainsTitle")}</h2>
        <ChartFigure id="radar" title={t("radarTitle")} description={t("radarDescription")} tableLabel={t("showTable")} table={<DomainTable dashboard={dashboard} names={names} />}>
          <LazyChart kind="radar" height={380} props={{ title: t("radarTitle"), ...series.radar }} />
        </ChartFigure>
      </section>

      <section aria-labelledby="caps-title" className="space-y-4">
        <h2 id="caps-title" className="text-2xl font-semibold">{t("capabilitiesTitle")}</h2>
        <ChartFigure id="bars" title={t("barsTitle")} description={t("barsDescription", { max: maxLevel })} tableLabel={t("showTable")} table={<CapabilityTable capabilities={dashboard.current.capabilities} names={names} levelLabel={levelLabel} />}>
          <LazyChart kind="bars" height={28 * def.capabilities.length + 60} props={{ title: t("barsTitle"), maxLevel, rtl, ...series.bars }} />
        </ChartFigure>
      </section>

      <section aria-labelledby="trend-title" className="space-y-4">
        <h2 id="trend-title" className="text-2xl font-semibold">{t("trendTitle")}</h2>
        <ChartFigure id="trend" title={t("trendChartTitle")} description={t("trendDescription", { cycles: dashboard.trend.length })} tableLabel={t("showTable")} table={<TrendTable trend={dashboard.trend} domains={def.domains.map((d) => ({ key: d.key, name: d.name }))} />}>
          <LazyChart kind="trend" height={360} props={{ title: t("trendChartTitle"), rtl, ...series.trend }} />
        </ChartFigure>
      </section>

      <section aria-labelledby="gaps-title" className="space-y-4">
        <h2 id="gaps-title" className="text-2xl font-semibold">{t("gapsTitle")}</h2>
        <p className="max-w-3xl text-muted">{t("gapsIntro")}</p>
        <GapList gaps={dashboard.gaps} names={names} levelLabel={levelLabel} leadAgency={new Map(cycles.find((c) => c.id === assessment.id)!.answers.map((a) => [a.capabilityKey, a.leadAgency]))} actions={actions} />
      </section>

      <section aria-labelledby="enablers-title" className="space-y-4">
        <h2 id="enablers-title" className="text-2xl font-semibold">{t("enablersTitle")}</h2>
        <EnablersGlance enablers={def.enablers.map((e) => ({ key: e.key, name: e.name }))} ratings={new Map(enablerAnswers.map((e) => [e.enablerKey, e.rating]))} />
      </section>
    </div>
  );
}
