import { and, asc, eq, sql } from "drizzle-orm";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "../client";
import { countries, sessions, users } from "../schema";

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
