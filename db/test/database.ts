import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../client";
import { migrateDatabase } from "../migrate";

export const testEngine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

/**
 * A freshly migrated database for one test file: in-memory PGlite by default; with
 * TEST_DATABASE_URL, a new database on that PostgreSQL server, dropped on close,
 * so test files can run in parallel without seeing each other's rows.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({ pgliteDir: "memory" });
    await migrateDatabase(handle);
    return handle;
  }
  const name = `mnr_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
