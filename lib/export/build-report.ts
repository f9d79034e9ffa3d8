import type { FrameworkDefinition } from "@/lib/framework/schema";
import { SCORING_METHOD, buildDashboard, type CycleInput, type Score } from "@/lib/scoring";
import type { ReportLabels } from "./labels";
import type {
  AnswerRecord,
  Audience,
  EvidenceRecord,
  Report,
  ReportAction,
  ReportCapability,
  ReportInput,
  ReportScore,
} from "./model";
import { visibleTo } from "./audience";
import { readNames } from "./names";
import { writeHeadings, writeMethodology, writeSummary } from "./report-text";

/**
 * The cycle as scoring needs it, counting evidence of every sensitivity: a score must not
 * depend on who reads it. Loaders and the import round trip use this to feed `cycles`.
 */
export function toCycleInput(
  meta: { id: string; period: string; status: string },
  def: FrameworkDefinition,
  answers: readonly AnswerRecord[],
  evidence: readonly Pick<EvidenceRecord, "capabilityKey">[],
): CycleInput {
  const counts = new Map<string, number>();
  for (const e of evidence) counts.set(e.capabilityKey, (counts.get(e.capabilityKey) ?? 0) + 1);
  return {
    ...meta,
    def,
    answers: answers.map((a) => ({
      capabilityKey: a.capabilityKey,
      level: a.level,
      notApplicable: a.notApplicable,
      targetLevel: a.targetLevel,
      confidence: a.confidence,
      evidenceCount: counts.get(a.capabilityKey) ?? 0,
    })),
  };
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

function toReportScore(score: Score, target: number | null, change: number | null): ReportScore {
  return {
    value: score.value,
    target,
    change,
    completeness: round3(score.completeness),
    assessed: score.assessed,
    notApplicable: score.notApplicable,
    total: score.total,
    evidence: score.evidence.value,
    evidenceStrength: score.evidence.strength,
  };
}

/** Everything one audience may read about one country-cycle, computed once for every format. */
export function buildReport(input: ReportInput, audience: Audience, labels: ReportLabels): Report {
  const { def, assessment, country } = input;
  const names = readNames(def, labels.locale);
  const dash = buildDashboard(assessment.id, input.cycles);
  const visible = visibleTo(audience);
  const byNumber = (key: string) => names.capability(key).number;

  const evidence = input.evidence
    .filter((e) => visible.has(e.sensitivity))
    .map((e) => ({ ...e, capabilityNumber: byNumber(e.capabilityKey), capabilityName: names.capability(e.capabilityKey).name }))
    .sort((a, b) => a.capabilityNumber - b.capabilityNumber);
  const actions: ReportAction[] = input.actions
    .map((a) => ({ ...a, capabilityNumber: byNumber(a.capabilityKey), capabilityName: names.capability(a.capabilityKey).name }))
    .sort((a, b) => a.capabilityNumber - b.capabilityNumber || a.dueOn.localeCompare(b.dueOn));

  const answers = new Map(input.answers.map((a) => [a.capabilityKey, a]));
  const targets = new Map(dash.target.domains.map((d) => [d.key, d.score.value]));
  const domainChange = new Map(dash.comparison.domains.map((d) => [d.key, d.delta]));
  const levelChange = new Map(dash.comparison.capabilities.map((c) => [c.key, c.delta]));

  const capabilities: ReportCapability[] = dash.current.capabilities.map((c) => {
    const a = answers.get(c.key);
    return {
      capabilityKey: c.key,
      level: a?.level ?? null,
      notApplicable: a?.notApplicable ?? false,
      notApplicableReason: a?.notApplicableReason ?? null,
      reasoning: a?.reasoning ?? "",
      confidence: a?.confidence ?? null,
      targetLevel: a?.targetLevel ?? null,
      targetDate: a?.targetDate ?? null,
      leadAgency: a?.leadAgency ?? "",
      key: c.key,
      number: c.number,
      name: names.capability(c.key).name,
      domainKey: c.domain,
      domainName: names.domain(c.domain).name,
      levelLabel: c.current === null ? null : (names.level(c.current)?.label ?? null),
      gap: c.gap,
      points: c.value,
      evidence: round3(c.evidence),
      evidenceCount: evidence.filter((e) => e.capabilityKey === c.key).length,
      change: levelChange.get(c.key) ?? null,
    };
  });
  const byKey = new Map(capabilities.map((c) => [c.key, c]));

  const gaps = dash.gaps.map((g, i) => ({
    rank: i + 1,
    key: g.key,
    number: g.number,
    name: names.capability(g.key).name,
    domainName: names.domain(g.domain).name,
    current: g.current,
    target: g.target,
    gap: g.gap,
    priority: g.priority,
    dependents: g.dependents.map((k) => names.capability(k).name),
    targetDate: byKey.get(g.key)?.targetDate ?? null,
    leadAgency: byKey.get(g.key)?.leadAgency ?? "",
    actions: actions.filter((a) => a.capabilityKey === g.key),
  }));

  const enablerRecords = new Map(input.enablers.map((e) => [e.enablerKey, e]));
  const enablers = def.enablers.map((e) => ({
    enablerKey: e.key,
    name: names.enabler(e.key),
    rating: enablerRecords.get(e.key)?.rating ?? null,
    notes: enablerRecords.get(e.key)?.notes ?? "",
  }));

  // Comments are the country's working conversation: they never leave the internal version.
  const comments =
    audience === "internal"
      ? input.comments.map((c) => ({ ...c, capabilityName: c.capabilityKey ? names.capability(c.capabilityKey).name : null }))
      : [];

  const report: Report = {
    audience,
    labels,
    ...writeHeadings(input, labels),
    country,
    assessment,
    framework: { key: def.key, version: def.version, name: def.name, publisher: def.publisher, method: SCORING_METHOD },
    scale: def.scale.levels.map((l) => ({ value: l.value, ...(names.level(l.value) ?? { label: l.label, description: l.description }) })),
    overall: toReportScore(dash.current.overall, dash.target.overall.value, dash.comparison.overall),
    domains: dash.current.domains.map((d) => ({
      key: d.key,
      number: d.number,
      ...names.domain(d.key),
      ...toReportScore(d.score, targets.get(d.key) ?? null, domainChange.get(d.key) ?? null),
    })),
    capabilities,
    gaps,
    actions,
    evidence,
    enablers,
    comments,
    comparison: {
      comparable: dash.comparison.comparable,
      reason: dash.comparison.reason,
      previousId: dash.previous?.id ?? null,
      previousPeriod: dash.previous?.period ?? null,
      previousVersion: dash.previous?.score.frameworkVersion ?? null,
    },
    trend: dash.trend.map((t) => ({
      id: t.id,
      period: t.period,
      overall: t.overall,
      completeness: round3(t.completeness),
      comparable: t.comparable,
      current: t.id === assessment.id,
    })),
    summary: [],
    methodology: writeMethodology(def, labels),
  };
  report.summary = writeSummary(report);
  return report;
}
