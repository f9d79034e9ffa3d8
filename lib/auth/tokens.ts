import { createHash, randomBytes } from "node:crypto";

/** A random URL-safe token (256 bits) for one-time links. */
export function createToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored hashed, so a database leak does not hand out working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Throttle key for an account, without keeping the address itself in the counter table. */
export function accountThrottleKey(email: string): string {
  return `account:${hashToken(email.trim().toLowerCase())}`;
}

/** Only same-site paths are accepted as a place to return to after signing in. */
export function safeNextPath(next: string | undefined | null, fallback = "/workspace"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
