/** The fields of an answer as a form holds them (empty strings) or the server stores them (nulls). */
export interface ComparableAnswer {
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  reasoning: string;
  confidence: string | null;
  targetLevel: number | null;
  targetDate: string | null;
  leadAgency: string;
}

/**
 * Whether a "conflicting" saved answer is in fact this user's own input: a save whose reply
 * was lost on the way back (connection dropped after the server stored it) comes back as a
 * conflict with itself. Compared the way the server stores answers.
 */
export function isSameAnswer(mine: ComparableAnswer, theirs: ComparableAnswer): boolean {
  const norm = (a: ComparableAnswer) => ({
    level: a.notApplicable ? null : a.level,
    notApplicable: a.notApplicable,
    notApplicableReason: a.notApplicableReason?.trim() || null,
    reasoning: a.reasoning,
    confidence: a.confidence ?? null,
    targetLevel: a.targetLevel,
    targetDate: a.targetDate || null,
    leadAgency: a.leadAgency.trim(),
  });
  return JSON.stringify(norm(mine)) === JSON.stringify(norm(theirs));
}
