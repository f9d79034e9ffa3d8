import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import raw from "@/lib/framework/definitions/mnr-2022.json";
import { validateFramework } from "@/lib/framework/validate";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { DatabaseHandle } from "./client";
import { getMigrationState, migrateDatabase, readJournal, rowsOf } from "./migrate";
import { listCountries } from "./queries/countries";
import { getCurrentFramework, importFrameworkVersion, listFrameworkVersions } from "./queries/frameworks";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase, testEngine } from "./test/database";

const mnr = (() => {
  const r = validateFramework(raw);
  if (!r.ok) throw new Error("shipped definition invalid");
  return r.definition;
})();

describe(`database on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("applies every migration and reports itself up to date", async () => {
    expect(handle.engine).toBe(testEngine);
    const state = await getMigrationState(handle);
    expect(state.applied).toBe(readJournal().entries.length);
    expect(state.upToDate).toBe(true);
  });

  it("migrating twice changes nothing", async () => {
    await migrateDatabase(handle);
    expect((await getMigrationState(handle)).applied).toBe(readJournal().entries.length);
  });

  it("seeds reference data, and seeding again is harmless", async () => {
    const first = await seedReferenceData(handle.db);
    expect(first.countries).toBe(195);
    expect(first.framework.status).toBe("imported");
    const again = await seedReferenceData(handle.db);
    expect(again.framework.status).toBe("unchanged");
    const rows = await listCountries(handle.db);
    expect(rows).toHaveLength(195);
    expect(rows.find((c) => c.iso3 === "FRA")).toMatchObject({ region: "Europe", subRegion: "Western Europe" });
  });

  it("returns the stored definition as the current framework", async () => {
    const current = await getCurrentFramework(handle.db);
    expect(current?.version).toBe(mnr.version);
    expect(current?.definition.capabilities).toHaveLength(21);
  });

  it("refuses different content under an existing version, and stores a correction as a new version", async () => {
    const changed: FrameworkDefinition = structuredClone(mnr);
    changed.capabilities[0]!.summary = "A corrected summary.";
    const conflict = await importFrameworkVersion(handle.db, changed);
    expect(conflict.status).toBe("conflict");
    const versionsBefore = await listFrameworkVersions(handle.db);

    changed.version = "2022.2";
    const imported = await importFrameworkVersion(handle.db, changed);
    expect(imported.status).toBe("imported");
    expect(await listFrameworkVersions(handle.db)).toHaveLength(versionsBefore.length + 1);
    expect((await getCurrentFramework(handle.db))?.version).toBe("2022.2");
  });

  it("refuses UPDATE, DELETE and TRUNCATE of a stored framework version", async () => {
    await expect(handle.db.execute(sql`update framework_versions set name = 'changed'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from framework_versions`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate framework_versions`)).rejects.toThrow();
    const rows = rowsOf<{ name: string }>(await handle.db.execute(sql`select name from framework_versions`));
    expect(rows.every((r) => r.name !== "changed")).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
  });
});
