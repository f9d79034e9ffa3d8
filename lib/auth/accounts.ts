import { getAuth } from "./auth-server";
import type { Role } from "./roles";

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
  countryIso2: string | null;
  isDemo?: boolean;
}

/** Creates a user with a password through the authentication library (its hash, its tables). */
export async function createAccount(account: NewAccount): Promise<{ id: string }> {
  const ctx = await (await getAuth()).$context;
  const hash = await ctx.password.hash(account.password);
  const user = await ctx.internalAdapter.createUser({
    email: account.email.toLowerCase(),
    name: account.name,
    emailVerified: true,
    role: account.role,
    countryIso2: account.countryIso2,
    active: true,
    isDemo: account.isDemo ?? false,
  }, { method: "invitation" });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  return { id: user.id };
}
