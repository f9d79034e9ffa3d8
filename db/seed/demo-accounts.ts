import { createAccount } from "@/lib/auth/accounts";
import { demoAccounts } from "@/lib/auth/demo-accounts";
import type { Db } from "../client";
import { getUserByEmail } from "../queries/users";

export { demoAccounts };

/** Creates the demo accounts that do not exist yet; returns how many were created. */
export async function seedDemoAccounts(db: Db): Promise<number> {
  let created = 0;
  for (const account of demoAccounts) {
    if (await getUserByEmail(db, account.email)) continue;
    await createAccount({ ...account, isDemo: true });
    created += 1;
  }
  return created;
}
