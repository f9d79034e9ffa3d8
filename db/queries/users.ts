import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Role } from "@/lib/auth/roles";
import { hashToken } from "@/lib/auth/tokens";
import type { Db } from "../client";
import { countries, dataVersion, sessions, users } from "../schema";
import { rolesOf, twoFactorRequiredRolesSql } from "./settings";

export async function getUserById(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function getUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

export async function listUsers(db: Db) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      countryIso2: users.countryIso2,
      countryName: countries.name,
      active: users.active,
      twoFactorEnabled: users.twoFactorEnabled,
      isDemo: users.isDemo,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(countries, eq(countries.iso2, users.countryIso2))
    .orderBy(asc(users.email));
}

/** Changes role and country together (the database keeps them consistent). */
export async function setUserRole(db: Db, id: string, role: Role, countryIso2: string | null) {
  const [row] = await db
    .update(users)
    .set({ role, countryIso2, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning({ id: users.id });
  return !!row;
}

/** Deactivating also ends every session of that user at once. */
export async function setUserActive(db: Db, id: string, active: boolean) {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ active, updatedAt: new Date() }).where(eq(users.id, id)).returning({ id: users.id });
    if (row && !active) await tx.delete(sessions).where(eq(sessions.userId, id));
    return !!row;
  });
}

export async function deleteSessionsOfUser(db: Db, userId: string, exceptSessionId?: string) {
  const condition = exceptSessionId
    ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptSessionId}`)
    : eq(sessions.userId, userId);
  await db.delete(sessions).where(condition);
}

export async function countDemoUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.isDemo, true));
  return Number(row?.n ?? 0);
}

/** A stored JSON value, whichever way the driver returned it. */
const parsed = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

/** A user with the roles that must use two-factor sign-in, in one query: every signed-in request reads it. */
export async function getUserWithTwoFactorPolicy(db: Db, id: string) {
  const [row] = await db
    .select({ user: users, requiredRoles: twoFactorRequiredRolesSql })
    .from(users)
    .where(eq(users.id, id));
  return row ? { user: row.user, twoFactorRequiredRoles: rolesOf(parsed(row.requiredRoles)) } : null;
}

/**
 * The same from an unexpired session's token, with the session's id and the data version
 * (lib/render-cache keys kept pages by it): one query where the authentication library and
 * the query above take three. The table keeps the token's hash (lib/auth/hashed-session-tokens.ts).
 */
export async function getSignedInBySessionToken(db: Db, token: string) {
  const [row] = await db
    .select({
      user: users,
      sessionId: sessions.id,
      requiredRoles: twoFactorRequiredRolesSql,
      dataVersion: sql<unknown>`(select ${dataVersion.version} from ${dataVersion} where ${dataVersion.id} = 1)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.token, hashToken(token)), gt(sessions.expiresAt, new Date())));
  if (!row) return null;
  return { user: row.user, sessionId: row.sessionId, twoFactorRequiredRoles: rolesOf(parsed(row.requiredRoles)), dataVersion: Number(row.dataVersion ?? 0) };
}
