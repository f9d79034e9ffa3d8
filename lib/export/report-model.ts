// The report every serialiser reads: one audience's view of one country-cycle, with figures
// from the scoring functions and names in the labels' language.
import type { ComparisonReason, EvidenceStrength } from "@/lib/scoring";
import type { ReportLabels } from "./labels";
import type { ActionRecord, AnswerRecord, AssessmentInfo, Audience, CommentRecord, CountryInfo, EnablerRecord, EvidenceRecord } from "./model";

export interface ReportScore {
  /** 0-100, 1 decimal; null when nothing applicable is assessed. */
  value: number | null;
  /** The score if every target were reached. */
  target: number | null;
  /** Points since the previous validated cycle; null when not comparable. */
  change: number | null;
  /** 0..1, 3 decimals. */
  completeness: number;
  assessed: number;
  notApplicable: number;
  total: number;
  /** 0..1, 3 decimals. */
  evidence: number;
  evidenceStrength: EvidenceStrength;
}

export interface ReportDomain extends ReportScore {
  key: string;
  number: number;
  name: string;
  outcome: string;
}

export interface ReportCapability extends AnswerRecord {
  key: string;
  number: number;
  name: string;
  domainKey: string;
  domainName: string;
  /** The scale's label of `level`, or null. */
  levelLabel: string | null;
  gap: number | null;
  points: number | null;
  /** 0..1 evidence strength of this answer. */
  evidence: number;
  /** Evidence items this audience may see (the score counts them all). */
  evidenceCount: number;
  /** Levels since the previous validated cycle. */
  change: number | null;
}

export interface ReportAction extends ActionRecord {
  capabilityNumber: number;
  capabilityName: string;
}

export interface ReportGap {
  rank: number;
  key: string;
  number: number;
  name: string;
  domainName: string;
  current: number;
  target: number;
  gap: number;
  priority: number;
  /** Names of the capabilities that require this one. */
  dependents: string[];
  targetDate: string | null;
  leadAgency: string;
  actions: ReportAction[];
}

export interface ReportEvidence extends EvidenceRecord {
  capabilityNumber: number;
  capabilityName: string;
}

export interface ReportEnabler extends EnablerRecord {
  name: string;
}

export interface ReportComment extends CommentRecord {
  capabilityName: string | null;
}

export interface ReportTrendPoint {
  id: string;
  period: string;
  overall: number | null;
  completeness: number;
  comparable: boolean;
  /** true for the cycle this report is about. */
  current: boolean;
}

export interface ReportComparison {
  comparable: boolean;
  reason: ComparisonReason;
  previousId: string | null;
  previousPeriod: string | null;
  previousVersion: string | null;
}

export interface ReportLevel {
  value: number;
  label: string;
  description: string;
}

export interface Report {
  audience: Audience;
  labels: ReportLabels;
  title: string;
  subtitle: string;
  country: CountryInfo;
  assessment: AssessmentInfo;
  framework: { key: string; version: string; name: string; publisher: string; method: string };
  scale: ReportLevel[];
  overall: ReportScore;
  domains: ReportDomain[];
  capabilities: ReportCapability[];
  gaps: ReportGap[];
  actions: ReportAction[];
  evidence: ReportEvidence[];
  enablers: ReportEnabler[];
  /** Empty unless the audience is "internal". */
  comments: ReportComment[];
  comparison: ReportComparison;
  trend: ReportTrendPoint[];
  /** Ready-to-read paragraphs, in the labels' language. */
  summary: string[];
  methodology: string[];
}
