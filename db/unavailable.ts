/**
 * Whether an error means the database cannot be reached at all (server down, restarting,
 * out of connections), as opposed to a query that failed. Drivers wrap the cause (drizzle's
 * DrizzleQueryError), so the chain is followed.
 */
const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
// postgres-js's own codes for a connection it lost or could not open.
const driverCodes = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"]);
// PostgreSQL SQLSTATEs: admin or crash shutdown, cannot connect now, too many connections.
const sqlStates = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08006"]);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (networkCodes.has(code) || driverCodes.has(code) || sqlStates.has(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && /PGlite is closed/i.test(message)) return true;
  }
  return false;
}
