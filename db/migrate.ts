import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

export function readJournal(folder = migrationsFolder): Journal {
  return JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as Journal;
}

export interface MigrationState {
  expected: number;
  applied: number;
  latest: string | null;
  upToDate: boolean;
}

/** Compares what the database has applied with the migrations shipped in this build. */
export async function getMigrationState(handle: DatabaseHandle): Promise<MigrationState> {
  const journal = readJournal();
  const expected = journal.entries.length;
  const lastWhen = journal.entries.at(-1)?.when ?? null;
  const exists = rowsOf<{ present: boolean }>(
    await handle.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`),
  );
  if (!exists[0]?.present) {
    return { expected, applied: 0, latest: null, upToDate: expected === 0 };
  }
  const rows = rowsOf<{ applied: number; latest: string | null }>(
    await handle.db.execute(
      sql`select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations`,
    ),
  );
  const applied = Number(rows[0]?.applied ?? 0);
  const latest = rows[0]?.latest ?? null;
  const upToDate = applied >= expected && (lastWhen === null || Number(latest) >= lastWhen);
  return { expected, applied, latest: journal.entries.at(-1)?.tag ?? null, upToDate };
}

// postgres-js returns an array of rows, PGlite an object with .rows.
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
