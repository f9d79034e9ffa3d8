import type { AnswerFields } from "./answer-fields";

/**
 * Whether a "conflicting" saved answer is in fact this user's own input: a save whose reply
 * was lost on the way back (connection dropped after the server stored it) comes back as a
 * conflict with itself. Compared the way the server stores answers.
 */
export function isSameAnswer(mine: AnswerFields, theirs: AnswerFields): boolean {
  const norm = (a: AnswerFields) => ({
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
