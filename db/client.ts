import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { readEnv } from "@/lib/env";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  /** Where the data lives, without credentials: a folder, "memory", or host/database. */
  location: string;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL: use a PostgreSQL server. */
  url?: string;
  /** A folder for PGlite, or "memory" for a throwaway in-memory database (tests). */
  pgliteDir?: string;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const sql = postgres(options.url, { max: 10, onnotice: () => {} });
    const u = new URL(options.url);
    return {
      db: drizzlePostgres(sql, { schema }) as unknown as Db,
      engine: "postgres",
      location: `${u.hostname}:${u.port || 5432}${u.pathname}`,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? ".data/pglite";
  let client: PGlite;
  if (dir === "memory") {
    client = new PGlite();
  } else {
    const abs = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
    // PGlite creates only the last folder of its path.
    mkdirSync(path.dirname(abs), { recursive: true });
    client = new PGlite(abs);
  }
  await client.waitReady;
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    engine: "pglite",
    location: dir,
    close: () => client.close(),
  };
}

export function openDatabaseFromEnv(): Promise<DatabaseHandle> {
  const env = readEnv();
  return openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
}

// One handle per server process; kept on globalThis so dev-mode module reloads reuse it
// instead of opening the PGlite folder twice (which PGlite does not allow).
const globalForDb = globalThis as unknown as { mnrDb?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  if (!globalForDb.mnrDb) {
    globalForDb.mnrDb = openDatabaseFromEnv().catch((err) => {
      globalForDb.mnrDb = undefined;
      throw err;
    });
  }
  return globalForDb.mnrDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
