// Sign-in throttling rules, as pure functions; db/queries/throttle.ts stores the counters.
export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

const minutes = (n: number) => n * 60_000;

/** Per account: a handful of guesses, then a pause long enough to make guessing useless. */
export const accountPolicy: ThrottlePolicy = { maxFailures: 5, windowMs: minutes(15), lockMs: minutes(15) };
/** Per client address: looser, since offices share one address behind a gateway. */
export const addressPolicy: ThrottlePolicy = { maxFailures: 20, windowMs: minutes(15), lockMs: minutes(15) };

export function isLocked(state: ThrottleState | null | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed attempt. */
export function recordFailure(state: ThrottleState | null | undefined, now: Date, policy: ThrottlePolicy): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStart.getTime() >= policy.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : (state?.lockedUntil ?? null);
  return { failures, windowStart, lockedUntil };
}
