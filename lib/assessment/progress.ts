import type { FrameworkDefinition } from "@/lib/framework/schema";

export interface AnswerState {
  capabilityKey: string;
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  carriedOver: boolean;
}

/** Done: a level chosen and confirmed (not just carried over), or not applicable with a reason. */
export function isAnswered(a: AnswerState | undefined): boolean {
  if (!a) return false;
  if (a.notApplicable) return !!a.notApplicableReason?.trim();
  return a.level !== null && !a.carriedOver;
}

export interface DomainProgress {
  domainKey: string;
  done: number;
  total: number;
}

export function progressOf(def: FrameworkDefinition, answers: AnswerState[]) {
  const byKey = new Map(answers.map((a) => [a.capabilityKey, a]));
  const domains: DomainProgress[] = def.domains.map((d) => {
    const caps = def.capabilities.filter((c) => c.domain === d.key);
    return { domainKey: d.key, done: caps.filter((c) => isAnswered(byKey.get(c.key))).length, total: caps.length };
  });
  const done = domains.reduce((n, d) => n + d.done, 0);
  const total = def.capabilities.length;
  const missing = def.capabilities.filter((c) => !isAnswered(byKey.get(c.key))).map((c) => c.key);
  return { domains, done, total, complete: done === total, missing };
}
