// Public API of the scoring module: pure functions, no database, React or Next imports.
export type {
  AnswerInput,
  AssessmentScore,
  CapabilityScore,
  Confidence,
  DomainScore,
  EvidenceStrength,
  EvidenceSummary,
  Score,
  VersionMapping,
} from "./types";
export { SCORING_METHOD, scoreAssessment } from "./score";
export {
  CONFIDENCE_WEIGHTS,
  EVIDENCE_BANDS,
  UNDOCUMENTED_CAP,
  classifyEvidence,
  scoreEvidence,
  summariseEvidence,
} from "./evidence";
export { compareCycles, isComparable, type ComparisonReason, type CycleComparison, type Delta } from "./compare";
export { DEPENDENT_WEIGHT, prioritiseGaps, type PrioritisedGap } from "./gaps";
export { buildDashboard, orderCycles, type CycleInput, type Dashboard, type TrendPoint } from "./dashboard";
