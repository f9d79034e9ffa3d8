/** What one answer says about a capability, as stored (nulls for what is not given). */
export interface AnswerFields {
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  reasoning: string;
  confidence: string | null;
  targetLevel: number | null;
  targetDate: string | null;
  leadAgency: string;
}
