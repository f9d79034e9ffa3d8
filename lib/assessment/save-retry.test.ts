import { describe, expect, it } from "vitest";
import { failureOfCode, failureOfThrown, RETRY_BASE_MS, RETRY_CAP_MS, retryDelayMs } from "./save-retry";

describe("autosave retries", () => {
  it("doubles the wait after each failure, up to a cap", () => {
    expect([0, 1, 2, 3, 4].map((n) => retryDelayMs(n, 1))).toEqual([1, 2, 4, 8, 16].map((s) => s * RETRY_BASE_MS));
    expect(retryDelayMs(5, 1)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(500, 1)).toBe(RETRY_CAP_MS);
  });

  it("spreads each wait over the upper half of its step, never below it or past the cap", () => {
    expect(retryDelayMs(3, 0)).toBe(4 * RETRY_BASE_MS);
    expect(retryDelayMs(3, 0.5)).toBe(6 * RETRY_BASE_MS);
    expect(retryDelayMs(40, 0.99)).toBeLessThanOrEqual(RETRY_CAP_MS);
    expect(retryDelayMs(-1, 2)).toBe(RETRY_BASE_MS);
  });

  it("tells the browser being offline from the server being down or answering badly", () => {
    expect(failureOfThrown(new TypeError("Failed to fetch"), false)).toBe("offline");
    expect(failureOfThrown(new TypeError("Failed to fetch"), true)).toBe("unreachable");
    expect(failureOfThrown(new Error("An unexpected response was received from the server."), true)).toBe("serverError");
  });

  it("retries a database outage and an unexpected error, never a refusal", () => {
    expect(failureOfCode("unavailable")).toBe("databaseUnavailable");
    expect(failureOfCode("error")).toBe("serverError");
    for (const code of ["invalid", "forbidden", "unauthenticated", "conflict", "notFound"]) expect(failureOfCode(code)).toBeNull();
  });
});
