import type { Db } from "@/db/client";
import { clearThrottle, releaseSignInAttempt, reserveSignInAttempt, type ThrottleEntry } from "@/db/queries/throttle";
import { readEnv } from "@/lib/env";
import { accountPolicy, addressPolicy } from "./throttle";

export interface AttemptKeys {
  /** The account's throttle key, or null when the step names no known account. */
  account: string | null;
  address: string;
}

export interface StepOutcome {
  succeeded: boolean;
  /** True when this step signs the person in (no second factor still to come). */
  completesSignIn: boolean;
}

/**
 * Runs one sign-in step (password, or second factor) under the throttle: the attempt is counted
 * first, in one atomic step per counter, and only then verified; null, without verifying, when the
 * account or the address is paused. A wrong password or code stays counted. A right password
 * with a second factor still to come gives its count back but leaves earlier failures standing,
 * so wrong codes add up across sign-ins; only a completed sign-in clears the account, as before.
 * Should `verify` throw, the attempt stays counted: a fault must not be a way around the limit.
 */
export async function runThrottledStep<T extends StepOutcome>(db: Db, keys: AttemptKeys, now: Date, verify: () => Promise<T>): Promise<T | null> {
  const address: ThrottleEntry = { key: keys.address, policy: { ...addressPolicy, maxFailures: readEnv().SIGN_IN_ADDRESS_LIMIT } };
  const entries: ThrottleEntry[] = keys.account ? [{ key: keys.account, policy: accountPolicy }, address] : [address];
  if (!(await reserveSignInAttempt(db, entries, now))) return null;
  const result = await verify();
  if (result.succeeded && result.completesSignIn && keys.account) {
    await clearThrottle(db, keys.account);
    await releaseSignInAttempt(db, [address]);
  } else if (result.succeeded) {
    await releaseSignInAttempt(db, entries);
  }
  return result;
}
