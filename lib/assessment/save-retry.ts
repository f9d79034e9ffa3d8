/**
 * Why an autosave did not reach the database, and when to try again. The browser keeps the
 * input meanwhile; only a refusal that retrying cannot change (invalid, forbidden, locked)
 * stops the retries.
 */

export type SaveFailure = "offline" | "unreachable" | "serverError" | "databaseUnavailable";

export const RETRY_BASE_MS = 1_000;
/** A database back after an hour is still picked up within half a minute. */
export const RETRY_CAP_MS = 30_000;

/**
 * Exponential backoff, capped, spread over the upper half of each step so that every tab
 * open on the country's assessment does not knock at the same instant when the server returns.
 * `random` in [0, 1): Math.random, or a fixed value in tests.
 */
export function retryDelayMs(attempt: number, random: number): number {
  const step = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(step / 2 + (step / 2) * Math.min(Math.max(random, 0), 1));
}

/**
 * The call itself failed. A fetch that could not be made rejects with a TypeError: with the
 * browser offline that is the connection, otherwise the server is down or unreachable. Any
 * other rejection means something answered, but not with a result (a proxy's 502/503 page,
 * or a crash before the action ran).
 */
export function failureOfThrown(err: unknown, browserOnline: boolean): SaveFailure {
  if (!browserOnline) return "offline";
  return err instanceof TypeError ? "unreachable" : "serverError";
}

/** A result the action returned: which refusals are worth retrying. */
export function failureOfCode(code: string): SaveFailure | null {
  if (code === "unavailable") return "databaseUnavailable";
  if (code === "error") return "serverError";
  return null;
}
