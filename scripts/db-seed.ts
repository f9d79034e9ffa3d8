// npm run db:seed [-- --demo]: reference data (countries, the shipped MNR definition) and,
// with --demo, one demo account per role. Safe to run again.
import { getDatabase } from "@/db/client";
import { getMigrationState } from "@/db/migrate";
import { demoAccounts, seedDemoAccounts } from "@/db/seed/demo-accounts";
import { seedDemoAssessments } from "@/db/seed/demo-assessments";
import { seedReferenceData } from "@/db/seed/reference";

async function main() {
  // The shared handle: the authentication library opens the database through it too.
  const handle = await getDatabase();
  try {
    const state = await getMigrationState(handle);
    if (!state.upToDate) throw new Error("the database is not migrated: run `npm run db:migrate` first");
    const result = await seedReferenceData(handle.db);
    console.log(`Seeded ${result.countries} countries; MNR framework ${result.framework.status}.`);
    if (process.argv.includes("--demo")) {
      const created = await seedDemoAccounts(handle.db);
      console.log(`Demo assessments: ${await seedDemoAssessments(handle.db)} created.`);
      console.log(`Demo accounts: ${created} created. Sign in at /sign-in with:`);
      for (const a of demoAccounts) {
        console.log(`  ${a.role.padEnd(12)} ${a.email.padEnd(34)} password: ${a.password}${a.countryIso2 ? `  (country ${a.countryIso2})` : ""}`);
      }
    }
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(`Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
