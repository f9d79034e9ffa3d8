import { createAccount } from "@/lib/auth/accounts";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "../client";
import { getUserByEmail } from "../queries/users";

export interface DemoAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
  countryIso2: string | null;
}

// Published passwords: a production start refuses to run while these accounts exist,
// unless ALLOW_DEMO_ACCOUNTS=1 says the installation is a demo.
export const demoAccounts: DemoAccount[] = [
  { email: "focal.point@demo.mnr.example", name: "Amina Odhiambo", password: "demo focal point KE", role: "focal_point", countryIso2: "KE" },
  { email: "contributor@demo.mnr.example", name: "Peter Kamau", password: "demo contributor KE", role: "contributor", countryIso2: "KE" },
  { email: "contributor.ug@demo.mnr.example", name: "Grace Namusoke", password: "demo contributor UG", role: "contributor", countryIso2: "UG" },
  { email: "secretariat@demo.mnr.example", name: "Jonas Berg", password: "demo secretariat", role: "secretariat", countryIso2: null },
  { email: "advisory@demo.mnr.example", name: "Lucía Fernández", password: "demo advisory board", role: "advisory", countryIso2: null },
  { email: "ngo@demo.mnr.example", name: "Samir Haddad", password: "demo ngo analyst", role: "ngo", countryIso2: null },
];

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
