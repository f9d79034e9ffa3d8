import { eq, sql } from "drizzle-orm";
import { isRole, type Role } from "@/lib/auth/roles";
import type { Db } from "../client";
import { platformSettings } from "../schema";

const twoFactorKey = "twoFactorRequiredRoles";

export const rolesOf = (value: unknown): Role[] => (Array.isArray(value) ? (value as unknown[]).filter(isRole) : []);

export async function getTwoFactorRequiredRoles(db: Db): Promise<Role[]> {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, twoFactorKey));
  return rolesOf(row?.value);
}

/** The roles that must use two-factor sign-in, as a subquery to read with a user in one go. */
export const twoFactorRequiredRolesSql = sql<unknown>`(select ${platformSettings.value} from ${platformSettings} where ${platformSettings.key} = ${twoFactorKey})`;

export async function setTwoFactorRequiredRoles(db: Db, roles: Role[], updatedBy: string) {
  const now = new Date();
  await db
    .insert(platformSettings)
    .values({ key: twoFactorKey, value: roles, updatedAt: now, updatedBy })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: roles, updatedAt: now, updatedBy } });
}
