// Run by scripts/start.mjs before the server: refuses a production start without AUTH_SECRET,
// on a database not fully migrated, or with demo accounts.
import { openDatabaseFromEnv } from "@/db/client";
import { getMigrationState } from "@/db/migrate";
import { countDemoUsers } from "@/db/queries/users";
import { demoStartRefusal } from "@/lib/auth/demo-guard";
import { authSecretRefusal } from "@/lib/auth/secret-guard";
import { readEnv } from "@/lib/env";

async function main(): Promise<number> {
  const env = readEnv();
  const secretRefusal = authSecretRefusal(env, true);
  if (secretRefusal) {
    console.error(secretRefusal);
    return 1;
  }
  const handle = await openDatabaseFromEnv();
  try {
    const state = await getMigrationState(handle);
    if (!state.upToDate) {
      console.error(`Refusing to start: the database has ${state.applied} of ${state.expected} migrations; run \`npm run db:migrate\`.`);
      return 1;
    }
    const refusal = demoStartRefusal(await countDemoUsers(handle.db), env.ALLOW_DEMO_ACCOUNTS === "1");
    if (refusal) {
      console.error(refusal);
      return 1;
    }
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Preflight failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
