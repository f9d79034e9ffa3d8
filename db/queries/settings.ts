import { eq } from "drizzle-orm";
import { isRole, type Role } from "@/lib/auth/roles";
import type { Db } from "../client";
import { platformSettings } from "../schema";

const twoFactorKey = "twoFactorRequiredRoles";

export async function getTwoFactorRequiredRoles(db: Db): Promise<Role[]> {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, twoFactorKey));
  return Array.isArray(row?.value) ? (row.value as unknown[]).filter(isRole) : [];
}

export async function setTwoFactorRequiredRoles(db: Db, roles: Role[], updatedBy: string) {
  const now = new Date();
  await db
    .insert(platformSettings)
    .values({ key: twoFactorKey, value: roles, updatedAt: now, updatedBy })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: roles, updatedAt: now, updatedBy } });
}
