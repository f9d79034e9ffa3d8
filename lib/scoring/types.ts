// Shapes shared by the scoring functions (method "mnr-score-1", written against MNR 2022.1).
// They are plain data so that pages, exports and the public API can pass them around as-is.

export type Confidence = "low" | "medium" | "high";

/** One capability's answer in one assessment cycle. */
export interface AnswerInput {
  capabilityKey: string;
  /** null = not assessed yet. */
  level: number | null;
  notApplicable: boolean;
  targetLevel: number | null;
  confidence: Confidence | null;
  /** References plus uploaded files attached to this capability. */
  evidenceCount: number;
}

export type EvidenceStrength = "none" | "weak" | "moderate" | "strong";

export interface EvidenceSummary {
  /** 0..1, rounded to 3 decimals. */
  value: number;
  strength: EvidenceStrength;
}

export interface Score {
  /** 0-100 rounded to 1 decimal; null when nothing applicable is assessed. */
  value: number | null;
  /** Capabilities with a level (not-applicable ones never count here). */
  assessed: number;
  notApplicable: number;
  /** Capabilities in scope: one domain, or the whole framework. */
  total: number;
  /** 0..1 share of applicable capabilities that are assessed; 1 when none is applicable. */
  completeness: number;
  /** Mean evidence strength over the assessed capabilities, and its band. */
  evidence: EvidenceSummary;
}

export interface CapabilityScore {
  key: string;
  domain: string;
  number: number;
  /** Level, kept inside the scale; null when not assessed or not applicable. */
  current: number | null;
  target: number | null;
  /** max(0, target - current) in levels; null unless both exist. */
  gap: number | null;
  notApplicable: boolean;
  /** 0..1 evidence strength; 0 when the capability is not assessed. */
  evidence: number;
  /** The level placed on 0-100, rounded to 1 decimal; null when current is null. */
  value: number | null;
}

export interface DomainScore {
  key: string;
  number: number;
  score: Score;
}

export interface AssessmentScore {
  frameworkVersion: string;
  /** Which scoring method produced the figures, e.g. "mnr-score-1". */
  method: string;
  overall: Score;
  domains: DomainScore[];
  capabilities: CapabilityScore[];
}

/** A declared correspondence of capability keys between two framework versions. */
export interface VersionMapping {
  from: string;
  to: string;
  /** Capability key in version `from` -> capability key in version `to`. */
  capabilities: Record<string, string>;
}
