import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getSignedInBySessionToken, getUserWithTwoFactorPolicy } from "@/db/queries/users";
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
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const found = await getUserWithTwoFactorPolicy(await getDb(), session.user.id);
  return found ? toCurrentUser(found.user, session.session.id, found.twoFactorRequiredRoles) : null;
});

type UserRow = NonNullable<Awaited<ReturnType<typeof getUserWithTwoFactorPolicy>>>["user"];

function toCurrentUser(row: UserRow, sessionId: string, required: Role[]): CurrentUser | null {
  if (!row.active || !isRole(row.role)) return null;
  return {
    userId: row.id,
    role: row.role,
    countryIso2: row.countryIso2,
    email: row.email,
    name: row.name,
    sessionId,
    twoFactorEnabled: row.twoFactorEnabled,
    mustSetUpTwoFactor: required.includes(row.role) && !row.twoFactorEnabled,
  };
}

/**
 * The same for the proxy deciding whether a kept page may be served (lib/render-cache), with
 * the data version kept pages are keyed by. The signed cookie is checked here and the session,
 * user, two-factor rule and data version are read in one query, where the library would take
 * two more. It never refreshes the session (the proxy could not hand the cookie back) and fails
 * closed: a cookie it cannot read means the page renders normally, and the page's own check
 * decides.
 */
export async function signedInStateFromCookie(cookie: (name: string) => string | undefined): Promise<{ user: CurrentUser; dataVersion: number } | null> {
  const auth = await getAuth();
  const context = await auth.$context;
  const value = cookie(context.authCookies.sessionToken.name);
  const token = value ? tokenFromSignedCookie(value, context.secret) : null;
  if (!token) return null;
  const found = await getSignedInBySessionToken(await getDb(), token);
  const user = found ? toCurrentUser(found.user, found.sessionId, found.twoFactorRequiredRoles) : null;
  return user ? { user, dataVersion: found!.dataVersion } : null;
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
