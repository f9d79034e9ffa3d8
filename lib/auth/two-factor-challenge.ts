import { cookies } from "next/headers";
import { getAuth } from "./auth-server";
import { tokenFromSignedCookie } from "./tokens";

// The library's name for the cookie that carries a pending second-factor challenge
// (better-auth's two-factor plugin, TWO_FACTOR_COOKIE_NAME; it is not exported).
const challengeCookie = "two_factor";

/**
 * The user a pending second-factor challenge belongs to, read from the library's signed cookie
 * and its stored challenge, or null. The code step names no account itself, and must not take
 * one from the client: this is what lets wrong codes count against the right account.
 */
export async function pendingChallengeUserId(now: Date): Promise<string | null> {
  const auth = await getAuth();
  const context = await auth.$context;
  const value = (await cookies()).get(context.createAuthCookie(challengeCookie).name)?.value;
  const identifier = value ? tokenFromSignedCookie(value, context.secret) : null;
  if (!identifier) return null;
  const challenge = await context.internalAdapter.findVerificationValue(identifier);
  return challenge && challenge.expiresAt.getTime() > now.getTime() ? challenge.value : null;
}
