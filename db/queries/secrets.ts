import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { instanceSecrets } from "../schema";

/**
 * Returns a named secret, creating it on first use. Kept in the shared database so every
 * app instance signs and verifies with the same key without any local state.
 */
export async function getOrCreateInstanceSecret(db: Db, name: string): Promise<string> {
  await db
    .insert(instanceSecrets)
    .values({ name, value: randomBytes(48).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select({ value: instanceSecrets.value }).from(instanceSecrets).where(eq(instanceSecrets.name, name));
  return row!.value;
}
