import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runThrottledStep, type AttemptKeys, type StepOutcome } from "@/lib/auth/sign-in-attempt";
import { accountPolicy, addressPolicy } from "@/lib/auth/throttle";
import type { DatabaseHandle } from "./client";
import { getThrottleStates } from "./queries/throttle";
import { openTestDatabase, testEngine } from "./test/database";

let n = 0;
/** Keys of their own for each test, so no test sees another's counters. */
function freshKeys(): AttemptKeys {
  n += 1;
  return { account: `account:test-${n}-${Math.random()}`, address: `address:test-${n}-${Math.random()}` };
}

const wrong: StepOutcome = { succeeded: false, completesSignIn: false };
const complete: StepOutcome = { succeeded: true, completesSignIn: true };
const firstFactorOnly: StepOutcome = { succeeded: true, completesSignIn: false };

describe(`sign-in throttle on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** Runs one step and says whether its verification ran. */
  async function attempt(keys: AttemptKeys, outcome: StepOutcome, now = new Date()) {
    let verified = false;
    const result = await runThrottledStep(handle.db, keys, now, async () => {
      verified = true;
      return outcome;
    });
    return { verified, throttled: result === null };
  }

  it("of 30 concurrent wrong passwords for one account, at most 5 reach password verification", async () => {
    const keys = freshKeys();
    let verifications = 0;
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        runThrottledStep(handle.db, keys, now, async () => {
          verifications += 1;
          // Let the other attempts run while this one "hashes the password".
          await new Promise((resolve) => setImmediate(resolve));
          return wrong;
        }),
      ),
    );
    expect(verifications).toBe(accountPolicy.maxFailures);
    expect(results.filter((r) => r === null)).toHaveLength(30 - accountPolicy.maxFailures);
    const state = (await getThrottleStates(handle.db, [keys.account!])).get(keys.account!);
    expect(state?.failures).toBe(accountPolicy.maxFailures);
    expect(state?.lockedUntil?.getTime()).toBeGreaterThan(now.getTime());
  });

  it("of 30 concurrent attempts on different accounts from one address, at most 20 are verified", async () => {
    const address = freshKeys().address;
    let verifications = 0;
    const now = new Date();
    await Promise.all(
      Array.from({ length: 30 }, () =>
        runThrottledStep(handle.db, { account: freshKeys().account, address }, now, async () => {
          verifications += 1;
          await new Promise((resolve) => setImmediate(resolve));
          return wrong;
        }),
      ),
    );
    expect(verifications).toBe(addressPolicy.maxFailures);
  });

  it("a locked account is refused before its password is checked, even the right one", async () => {
    const keys = freshKeys();
    for (let i = 0; i < accountPolicy.maxFailures; i += 1) expect(await attempt(keys, wrong)).toEqual({ verified: true, throttled: false });
    expect(await attempt(keys, complete)).toEqual({ verified: false, throttled: true });
    // The refusal itself is not counted against the address.
    expect((await getThrottleStates(handle.db, [keys.address])).get(keys.address)?.failures).toBe(accountPolicy.maxFailures);
  });

  it("a completed sign-in clears the account's failures and does not count against the address", async () => {
    const keys = freshKeys();
    for (let i = 0; i < accountPolicy.maxFailures - 1; i += 1) await attempt(keys, wrong);
    expect(await attempt(keys, complete)).toEqual({ verified: true, throttled: false });
    const states = await getThrottleStates(handle.db, [keys.account!, keys.address]);
    expect(states.get(keys.account!)).toBeUndefined();
    expect(states.get(keys.address)?.failures).toBe(accountPolicy.maxFailures - 1);
    expect(states.get(keys.address)?.lockedUntil ?? null).toBeNull();
  });

  it("the right password with a second factor still to come does not wipe earlier failures", async () => {
    const keys = freshKeys();
    await attempt(keys, wrong);
    await attempt(keys, wrong);
    expect(await attempt(keys, firstFactorOnly)).toEqual({ verified: true, throttled: false });
    // Three wrong codes on top of the two wrong passwords lock the account.
    for (let i = 0; i < 3; i += 1) await attempt(keys, wrong);
    expect(await attempt(keys, complete)).toEqual({ verified: false, throttled: true });
  });

  it("the fifth attempt may still succeed, and then unlocks the account", async () => {
    const keys = freshKeys();
    for (let i = 0; i < accountPolicy.maxFailures - 1; i += 1) await attempt(keys, wrong);
    expect(await attempt(keys, complete)).toEqual({ verified: true, throttled: false });
    expect(await attempt(keys, wrong)).toEqual({ verified: true, throttled: false });
  });

  it("starts counting again once the window has passed, and the lock lasts its time", async () => {
    const keys = freshKeys();
    const t0 = new Date(Date.now() - 60 * 60_000);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    await attempt(keys, wrong, at(0));
    await attempt(keys, wrong, at(1_000));
    // A new window: the two old failures no longer count.
    for (let i = 0; i < accountPolicy.maxFailures - 1; i += 1) await attempt(keys, wrong, at(accountPolicy.windowMs + i));
    expect(await attempt(keys, wrong, at(accountPolicy.windowMs + 10))).toEqual({ verified: true, throttled: false });
    const lockedAt = at(accountPolicy.windowMs + 10);
    expect(await attempt(keys, complete, new Date(lockedAt.getTime() + accountPolicy.lockMs - 1))).toEqual({ verified: false, throttled: true });
    expect(await attempt(keys, complete, new Date(lockedAt.getTime() + accountPolicy.lockMs))).toEqual({ verified: true, throttled: false });
  });

  it("a step with no known account counts against the address only", async () => {
    const keys = { account: null, address: freshKeys().address };
    await attempt(keys, wrong);
    expect((await getThrottleStates(handle.db, [keys.address])).get(keys.address)?.failures).toBe(1);
  });
});
