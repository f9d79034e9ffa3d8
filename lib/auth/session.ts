import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getSignedInBySessionToken, getUserWithTwoFactorPolicy } from "@/db/queries/settings";
import { readEnv } from "@/lib/env";
import { getAuth } from "./auth-server";
import { clientAddressFrom } from "./client-address";
import { isRole, type Role } from "./roles";
import { tokenFromSignedCookie } from "./tokens";
import type { Principal } from "./scope";

export interface CurrentUser extends Principal {
  email: string;
  name: string;
  sessionId: string;
  twoFactorEnabled: boolean;
  /** The secretariat requires 2FA for this role and the user has not set it up yet. */
  mustSetUpTwoFactor: boolean;
}

/**
 * The signed-in user, read fresh from the database on every request (once per request):
 * a deactivated account or a changed role takes effect immediately.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers(); // first: marks the render dynamic before the database is touched
  return (await signedInState(requestHeaders))?.user ?? null;
});

export interface SignedInState {
  user: CurrentUser;
  /** Read in the same query as the user: lib/render-cache keys kept pages by it. */
  dataVersion: number;
}

type UserRow = NonNullable<Awaited<ReturnType<typeof getUserWithTwoFactorPolicy>>>["user"];

function toState(row: UserRow, sessionId: string, required: Role[], dataVersion: number): SignedInState | null {
  if (!row.active || !isRole(row.role)) return null;
  return {
    dataVersion,
    user: {
      userId: row.id,
      role: row.role as Role,
      countryIso2: row.countryIso2,
      email: row.email,
      name: row.name,
      sessionId,
      twoFactorEnabled: row.twoFactorEnabled,
      mustSetUpTwoFactor: required.includes(row.role as Role) && !row.twoFactorEnabled,
    },
  };
}

/** The user a request's session cookie belongs to, through the authentication library. */
export async function signedInState(requestHeaders: Headers): Promise<SignedInState | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const found = await getUserWithTwoFactorPolicy(await getDb(), session.user.id);
  return found ? toState(found.user, session.session.id, found.twoFactorRequiredRoles, found.dataVersion) : null;
}

/**
 * The same for the proxy deciding whether a kept page may be served (lib/render-cache): the
 * signed cookie is checked here and the session, user, two-factor rule and data version are
 * read in one query, where the library would take two more. It never refreshes the session
 * (the proxy could not hand the cookie back) and fails closed: a cookie it cannot read means
 * the page renders normally, and the page's own check decides.
 */
export async function signedInStateFromCookie(cookie: (name: string) => string | undefined): Promise<SignedInState | null> {
  const auth = await getAuth();
  const context = await auth.$context;
  const value = cookie(context.authCookies.sessionToken.name);
  const token = value ? tokenFromSignedCookie(value, context.secret) : null;
  if (!token) return null;
  const found = await getSignedInBySessionToken(await getDb(), token);
  return found ? toState(found.user, found.sessionId, found.twoFactorRequiredRoles, found.dataVersion) : null;
}

export interface RequestInfo {
  ipAddress: string;
  userAgent: string | null;
  origin: string | null;
  host: string | null;
}

export async function getRequestInfo(): Promise<RequestInfo> {
  const h = await headers();
  return {
    ipAddress: clientAddressFrom(h.get("x-forwarded-for"), readEnv().TRUSTED_PROXY_HOPS),
    userAgent: h.get("user-agent")?.slice(0, 300) ?? null,
    origin: h.get("origin"),
    host: h.get("x-forwarded-host") ?? h.get("host"),
  };
}
