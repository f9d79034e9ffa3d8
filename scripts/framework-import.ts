// npm run framework:import -- <file.json>
// Validates a framework definition and stores it as a new immutable version.
// Any problem: every one is listed with its path, the exit code is 1 and the database is untouched.
import { readFileSync } from "node:fs";
import { openDatabaseFromEnv } from "@/db/client";
import { getMigrationState } from "@/db/migrate";
import { importFrameworkVersion } from "@/db/queries/frameworks";
import { parseFrameworkFile } from "@/lib/framework/parse-file";

async function main(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    console.error("Usage: npm run framework:import -- <file.json>");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    console.error(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const parsed = parseFrameworkFile(text);
  if (!parsed.ok) {
    console.error(`${file} is not a valid framework definition (${parsed.problems.length} problem${parsed.problems.length === 1 ? "" : "s"}); nothing was imported:`);
    for (const p of parsed.problems) console.error(`  ${p.path}: ${p.message}`);
    return 1;
  }
  const handle = await openDatabaseFromEnv();
  try {
    const state = await getMigrationState(handle);
    if (!state.upToDate) {
      console.error("The database is not migrated: run `npm run db:migrate` first. Nothing was imported.");
      return 1;
    }
    const { key, version } = parsed.definition;
    const outcome = await importFrameworkVersion(handle.db, parsed.definition);
    if (outcome.status === "conflict") {
      console.error(`${outcome.message}. Nothing was imported.`);
      return 1;
    }
    console.log(
      outcome.status === "imported"
        ? `Imported ${key} version ${version} (id ${outcome.id}, sha256 ${outcome.checksum.slice(0, 12)}…).`
        : `${key} version ${version} is already stored with identical content; nothing changed.`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Import failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
