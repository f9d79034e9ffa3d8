// The report's prose, assembled from catalogue templates so every format says the same thing.
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { SCORING_METHOD } from "@/lib/scoring";
import { formatChange, formatScore, labelFor, translate } from "./format";
import type { ReportLabels } from "./labels";
import type { Report, ReportInput } from "./model";

export function writeHeadings(input: ReportInput, labels: ReportLabels): { title: string; subtitle: string } {
  return {
    title: labels["report.title"],
    subtitle: translate(labels, "report.subtitle", { country: input.country.name, period: input.assessment.period }),
  };
}

/** One sentence on the change since the previous validated cycle, or why there is none. */
export function describeChange(report: Report): string {
  const { labels, comparison } = report;
  if (comparison.previousPeriod === null) return labels["summary.noPrevious"];
  if (!comparison.comparable) {
    return translate(labels, "summary.notComparable", { previous: comparison.previousPeriod, version: comparison.previousVersion ?? "" });
  }
  return translate(labels, "summary.change", { previous: comparison.previousPeriod, change: formatChange(report.overall.change, labels) });
}

export function writeSummary(report: Report): string[] {
  const { labels, overall, country, assessment } = report;
  const out: string[] = [];
  out.push(
    overall.value === null
      ? translate(labels, "summary.noScore", { period: assessment.period })
      : translate(labels, "summary.overall", {
          country: country.name,
          score: formatScore(overall.value, labels),
          period: assessment.period,
          strength: labelFor(labels, "strength", overall.evidenceStrength),
        }),
  );
  out.push(
    translate(labels, "summary.completeness", {
      assessed: overall.assessed,
      applicable: overall.total - overall.notApplicable,
      notApplicable: overall.notApplicable,
    }),
  );

  const scored = report.domains.filter((d) => d.value !== null);
  if (scored.length > 1) {
    // Ties keep framework order, so the sentence is stable between runs.
    const strongest = scored.reduce((best, d) => (d.value! > best.value! ? d : best));
    const weakest = scored.reduce((low, d) => (d.value! < low.value! ? d : low));
    out.push(
      translate(labels, "summary.domains", {
        strongest: strongest.name,
        strongScore: formatScore(strongest.value, labels),
        weakest: weakest.name,
        weakScore: formatScore(weakest.value, labels),
      }),
    );
  }

  out.push(describeChange(report));

  const top = report.gaps[0];
  out.push(top ? translate(labels, "summary.gaps", { count: report.gaps.length, name: top.name }) : labels["summary.noGaps"]);
  out.push(labels[`omitted.${report.audience}`]);
  return out;
}

export function writeMethodology(def: FrameworkDefinition, labels: ReportLabels): string[] {
  return [
    translate(labels, "methodology.method", { method: SCORING_METHOD, framework: def.name, version: def.version }),
    labels["methodology.points"],
    labels["methodology.missing"],
    labels["methodology.domains"],
    labels["methodology.evidence"],
    labels["methodology.gaps"],
    labels["methodology.change"],
  ];
}
