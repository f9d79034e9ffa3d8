// npm run db:seed [-- [--demo] [--synthetic]]: reference data (countries, the shipped MNR
// definition); with --demo, one demo account per role, the demo assessments and several years
// of validated history for a dozen countries; with --synthetic (benchmarks), ten validated
// cycles for every country that has no assessment yet. Safe to run again.
import { getDatabase } from "@/db/client";
import { getMigrationState } from "@/db/migrate";
import { demoAccounts, seedDemoAccounts } from "@/db/seed/demo-accounts";
import { seedDemoAssessments } from "@/db/seed/demo-assessments";
import { seedDemoHistory } from "@/db/seed/demo-history";
import { seedReferenceData } from "@/db/seed/reference";
import { seedSynthetic } from "@/db/seed/synthetic";

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
      console.log(`Demo history: ${await seedDemoHistory(handle.db)} validated cycles created.`);
      console.log(`Demo accounts: ${created} created. Sign in at /sign-in with:`);
      for (const a of demoAccounts) {
        console.log(`  ${a.role.padEnd(12)} ${a.email.padEnd(34)} password: ${a.password}${a.countryIso2 ? `  (country ${a.countryIso2})` : ""}`);
      }
    }
    if (process.argv.includes("--synthetic")) {
      const started = performance.now();
      const made = await seedSynthetic(handle.db);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Synthetic data: ${made.countries} countries, ${made.assessments} assessments, ${made.answers} answers in ${seconds} s.`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(`Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
