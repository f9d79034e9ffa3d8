// The shapes of the export module. `ReportInput` is what a database loader hands over;
// `Report` is the one plain object every serialiser (CSV, JSON, XLSX, DOCX, PDF) reads, so
// the formats can never disagree about a figure or about what an audience may see.
import type { Sensitivity } from "@/lib/assessment/sensitivity";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { Confidence, CycleInput } from "@/lib/scoring";

export type { ReportLabels } from "./labels";
export { buildReport, toCycleInput } from "./build-report";
export type * from "./report-model";

export type Audience = "internal" | "advisory" | "ngo" | "public";
export type { Sensitivity };
export type ActionStatus = "planned" | "in_progress" | "done" | "dropped";
export type EnablerRating = "absent" | "partial" | "strong";
export type EvidenceKind = "reference" | "file";

export interface CountryInfo {
  iso2: string;
  name: string;
  region: string | null;
  incomeGroup: string | null;
}

export interface AssessmentInfo {
  id: string;
  title: string;
  period: string;
  status: string;
  /** ISO 8601 timestamp, or null while the cycle is not validated. */
  validatedAt: string | null;
  frameworkKey: string;
  frameworkVersion: string;
}

export interface AnswerRecord {
  capabilityKey: string;
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  reasoning: string;
  confidence: Confidence | null;
  targetLevel: number | null;
  /** YYYY-MM-DD or null. */
  targetDate: string | null;
  leadAgency: string;
}

export interface EvidenceRecord {
  capabilityKey: string;
  kind: EvidenceKind;
  title: string;
  url: string | null;
  issuer: string;
  issuedOn: string | null;
  sensitivity: Sensitivity;
}

export interface ActionRecord {
  capabilityKey: string;
  what: string;
  owner: string;
  dueOn: string;
  status: ActionStatus;
}

export interface EnablerRecord {
  enablerKey: string;
  rating: EnablerRating | null;
  notes: string;
}

export interface CommentRecord {
  capabilityKey: string | null;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface ReportInput {
  country: CountryInfo;
  assessment: AssessmentInfo;
  def: FrameworkDefinition;
  /**
   * Every cycle of the country the reader may see, this one included. Scores come from here
   * (evidence counts over all sensitivities, as db/queries/scores.ts gives them), so a score
   * is the same in every audience's version.
   */
  cycles: readonly CycleInput[];
  answers: readonly AnswerRecord[];
  /** Every item of every sensitivity: buildReport decides what the audience receives. */
  evidence: readonly EvidenceRecord[];
  actions: readonly ActionRecord[];
  enablers: readonly EnablerRecord[];
  comments: readonly CommentRecord[];
}
