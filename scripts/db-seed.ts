// Loads reference data (countries, the shipped MNR definition). Safe to run again.
import { openDatabaseFromEnv } from "@/db/client";
import { getMigrationState } from "@/db/migrate";
import { seedReferenceData } from "@/db/seed/reference";

async function main() {
  const handle = await openDatabaseFromEnv();
  try {
    const state = await getMigrationState(handle);
    if (!state.upToDate) throw new Error("the database is not migrated: run `npm run db:migrate` first");
    const result = await seedReferenceData(handle.db);
    console.log(`Seeded ${result.countries} countries; MNR framework ${result.framework.status}.`);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(`Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
