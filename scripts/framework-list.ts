// npm run framework:list [-- --json]: the framework versions stored in the database.
import { openDatabaseFromEnv } from "@/db/client";
import { listFrameworkVersions } from "@/db/queries/frameworks";

async function main() {
  const handle = await openDatabaseFromEnv();
  try {
    const versions = await listFrameworkVersions(handle.db);
    if (process.argv.includes("--json")) {
      console.log(JSON.stringify(versions.map((v) => ({ key: v.frameworkKey, version: v.version, checksum: v.checksum }))));
      return;
    }
    if (versions.length === 0) console.log("No framework stored yet: run `npm run db:seed`.");
    for (const v of versions) {
      console.log(`${v.frameworkKey} ${v.version}  ${v.name}  imported ${v.importedAt.toISOString()}  sha256 ${v.checksum.slice(0, 12)}…`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(`Listing failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
