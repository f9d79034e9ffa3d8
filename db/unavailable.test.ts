import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { isDatabaseUnavailable } from "./unavailable";

describe("database unavailable", () => {
  it("recognises a PostgreSQL server that refuses connections, through the query wrapper", async () => {
    // Port 9 (discard) has no PostgreSQL listening on any test machine.
    const handle = await openDatabase({ url: "postgres://nobody:none@127.0.0.1:9/none" });
    const err = await handle.db.execute(sql`select 1`).then(() => null, (e: unknown) => e);
    await handle.close();
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it("recognises a closed PGlite", async () => {
    const handle = await openDatabase({ pgliteDir: "memory" });
    await handle.close();
    const err = await handle.db.execute(sql`select 1`).then(() => null, (e: unknown) => e);
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it("does not take a failed query for an outage", async () => {
    const failed = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" });
    expect(isDatabaseUnavailable(Object.assign(new Error("Failed query"), { cause: failed }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
