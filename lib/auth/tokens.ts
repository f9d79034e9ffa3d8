import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

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

/**
 * The session token in a signed session cookie ("token.signature", the signature being the
 * base64 HMAC-SHA256 of the token under the auth secret, as the authentication library writes
 * it), or null when the signature does not match. Used where the library's own check would cost
 * a second query (lib/render-cache); anything unexpected fails closed.
 */
export function tokenFromSignedCookie(value: string, secret: string): string | null {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
