import type { Role } from "./roles";

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
