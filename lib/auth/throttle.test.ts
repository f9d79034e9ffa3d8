import { describe, expect, it } from "vitest";
import { accountPolicy, addressPolicy, attemptBounds } from "./throttle";

describe("sign-in throttle rules", () => {
  it("allow 5 attempts per account and 20 per address in 15 minutes, then pause 15 minutes", () => {
    expect(accountPolicy).toEqual({ maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 });
    expect(addressPolicy).toEqual({ maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 });
  });

  it("judge an attempt by the window behind it and the lock ahead of it", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    expect(attemptBounds({ maxFailures: 3, windowMs: 60_000, lockMs: 300_000 }, now)).toEqual({
      windowStartedBy: new Date("2026-01-01T09:59:00Z"),
      lockUntil: new Date("2026-01-01T10:05:00Z"),
    });
  });
});
