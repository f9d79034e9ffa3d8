import { describe, expect, it } from "vitest";
import { isLocked, recordFailure, type ThrottlePolicy, type ThrottleState } from "./throttle";

const policy: ThrottlePolicy = { maxFailures: 3, windowMs: 60_000, lockMs: 300_000 };
const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle", () => {
  it("locks after the maximum number of failures inside the window", () => {
    let s: ThrottleState | null = null;
    s = recordFailure(s, at(0), policy);
    s = recordFailure(s, at(1_000), policy);
    expect(isLocked(s, at(1_000))).toBe(false);
    s = recordFailure(s, at(2_000), policy);
    expect(s.failures).toBe(3);
    expect(isLocked(s, at(2_001))).toBe(true);
    expect(isLocked(s, at(2_000 + 300_000))).toBe(false);
  });

  it("starts a new window once the old one has passed", () => {
    let s = recordFailure(null, at(0), policy);
    s = recordFailure(s, at(1_000), policy);
    s = recordFailure(s, at(61_000), policy);
    expect(s.failures).toBe(1);
    expect(s.windowStart).toEqual(at(61_000));
    expect(isLocked(s, at(61_000))).toBe(false);
  });

  it("treats no state as unlocked", () => {
    expect(isLocked(null, t0)).toBe(false);
  });
});
