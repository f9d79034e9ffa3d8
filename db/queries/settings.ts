import { and, eq, getTableColumns, gt, sql } from "drizzle-orm";
import { isRole, type Role } from "@/lib/auth/roles";
import type { Db } from "../client";
import { dataVersion, platformSettings, sessions, users } from "../schema";

const twoFactorKey = "twoFactorRequiredRoles";

const rolesOf = (value: unknown): Role[] => (Array.isArray(value) ? (value as unknown[]).filter(isRole) : []);

export async function getTwoFactorRequiredRoles(db: Db): Promise<Role[]> {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, twoFactorKey));
  return rolesOf(row?.value);
}

const requiredRolesSql = sql<unknown>`(select ${platformSettings.value} from ${platformSettings} where ${platformSettings.key} = ${twoFactorKey})`;
const dataVersionSql = sql<unknown>`(select ${dataVersion.version} from ${dataVersion} where ${dataVersion.id} = 1)`;

function signedInRow<T extends { requiredRoles: unknown; dataVersion: unknown }>(row: T) {
  const { requiredRoles, dataVersion: version, ...rest } = row;
  return { rest, twoFactorRequiredRoles: rolesOf(typeof requiredRoles === "string" ? JSON.parse(requiredRoles) : requiredRoles), dataVersion: Number(version ?? 0) };
}

/**
 * A user, the roles that must use two-factor sign-in and the data version (see
 * lib/render-cache), in one query: it runs on every signed-in request.
 */
export async function getUserWithTwoFactorPolicy(db: Db, id: string) {
  const [row] = await db
    .select({ ...getTableColumns(users), requiredRoles: requiredRolesSql, dataVersion: dataVersionSql })
    .from(users)
    .where(eq(users.id, id));
  if (!row) return null;
  const { rest: user, ...more } = signedInRow(row);
  return { user, ...more };
}

/** The same from an unexpired session's token, with the session's id: one query in all. */
export async function getSignedInBySessionToken(db: Db, token: string) {
  const [row] = await db
    .select({ ...getTableColumns(users), sessionId: sessions.id, requiredRoles: requiredRolesSql, dataVersion: dataVersionSql })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.token, token), gt(sessions.expiresAt, new Date())));
  if (!row) return null;
  const { rest, ...more } = signedInRow(row);
  const { sessionId, ...user } = rest;
  return { user, sessionId, ...more };
}

export async function setTwoFactorRequiredRoles(db: Db, roles: Role[], updatedBy: string) {
  const now = new Date();
  await db
    .insert(platformSettings)
    .values({ key: twoFactorKey, value: roles, updatedAt: now, updatedBy })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: roles, updatedAt: now, updatedBy } });
}
