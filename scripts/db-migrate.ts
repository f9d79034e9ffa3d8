// Applies db/migrations to the configured database (PGlite folder or DATABASE_URL).
import { openDatabaseFromEnv } from "@/db/client";
import { getMigrationState, migrateDatabase } from "@/db/migrate";

async function main() {
  const handle = await openDatabaseFromEnv();
  try {
    await migrateDatabase(handle);
    const state = await getMigrationState(handle);
    console.log(`Migrated ${handle.engine} (${handle.location}): ${state.applied}/${state.expected} migrations, latest ${state.latest}`);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(`Migration failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
