import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getTwoFactorRequiredRoles } from "@/db/queries/settings";
import { getUserById } from "@/db/queries/users";
import { readEnv } from "@/lib/env";
import { getAuth } from "./auth-server";
import { clientAddressFrom } from "./client-address";
import { isRole, type Role } from "./roles";
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
  return userForHeaders(requestHeaders);
});

/**
 * The user a request's session cookie belongs to. The proxy calls this directly (it has no
 * request scope); it passes `refreshSession: false` because it cannot hand a refreshed cookie
 * back, and the page rendered behind it refreshes the session instead.
 */
export async function userForHeaders(requestHeaders: Headers, options: { refreshSession?: boolean } = {}): Promise<CurrentUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders, query: options.refreshSession === false ? { disableRefresh: true } : undefined });
  if (!session) return null;
  const db = await getDb();
  const row = await getUserById(db, session.user.id);
  if (!row || !row.active || !isRole(row.role)) return null;
  const required = await getTwoFactorRequiredRoles(db);
  return {
    userId: row.id,
    role: row.role as Role,
    countryIso2: row.countryIso2,
    email: row.email,
    name: row.name,
    sessionId: session.session.id,
    twoFactorEnabled: row.twoFactorEnabled,
    mustSetUpTwoFactor: required.includes(row.role as Role) && !row.twoFactorEnabled,
  };
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
