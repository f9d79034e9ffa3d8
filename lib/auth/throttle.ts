// Sign-in throttling rules; db/queries/throttle.ts applies them to the shared counters, in the
// database, one statement per counter.
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

/**
 * The instants one attempt at `now` is judged by: a counter whose window started at or before
 * `windowStartedBy` starts again from this attempt, and the attempt that reaches the limit locks
 * the key until `lockUntil`. Every attempt is counted when it starts, before the password or code
 * is checked, so attempts running at the same time cannot all slip under the limit; one that
 * then succeeds gives its count back.
 */
export function attemptBounds(policy: ThrottlePolicy, now: Date): { windowStartedBy: Date; lockUntil: Date } {
  return { windowStartedBy: new Date(now.getTime() - policy.windowMs), lockUntil: new Date(now.getTime() + policy.lockMs) };
}
