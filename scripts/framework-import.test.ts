import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the real command against its own PGlite folder, as an administrator would.
const root = path.resolve(__dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "mnr-import-"));
const env = { ...process.env, PGLITE_DIR: path.join(work, "db"), DATABASE_URL: "" };
const shipped = JSON.parse(readFileSync(path.join(root, "lib/framework/definitions/mnr-2022.json"), "utf8"));

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), script, ...args], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function writeJson(name: string, data: unknown): string {
  const file = path.join(work, name);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

function storedVersions(): string[] {
  const r = run("scripts/framework-list.ts", "--json");
  if (r.code !== 0) throw new Error(r.err);
  return (JSON.parse(r.out) as { version: string }[]).map((v) => v.version);
}

describe("npm run framework:import", () => {
  beforeAll(() => {
    expect(run("scripts/db-migrate.ts").code).toBe(0);
    expect(run("scripts/db-seed.ts").code).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("lists every problem of a malformed file with its path, exits 1 and changes nothing", () => {
    const bad = structuredClone(shipped);
    bad.version = "2099.1";
    bad.capabilities[2].key = "leadership"; // duplicate key
    bad.capabilities[6].prerequisites.push({ capability: "no-such-thing", kind: "requires", note: "x" });
    delete bad.capabilities[10].descriptors["3"];
    bad.scale.levels.push(bad.scale.levels.splice(3, 1)[0]); // Embedding after Maturity
    const before = storedVersions();
    const r = run("scripts/framework-import.ts", writeJson("bad.json", bad));
    expect(r.code).toBe(1);
    expect(r.err).toContain("nothing was imported");
    expect(r.err).toContain('capabilities[2].key: duplicate capability key "leadership"');
    expect(r.err).toContain('capabilities[6].prerequisites[2].capability: unknown prerequisite capability "no-such-thing"');
    expect(r.err).toContain("capabilities[10].descriptors.3: missing descriptor for level 3");
    expect(r.err).toContain("scale.levels[4].value: levels must be in ascending order: 3 comes after 4");
    expect(storedVersions()).toEqual(before);
  });

  it("reports a file that is not JSON", () => {
    const r = run("scripts/framework-import.ts", writeJson("broken.json", "{ not json"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\(file\): not valid JSON/);
  });

  it("refuses changed content under an existing version", () => {
    const changed = structuredClone(shipped);
    changed.capabilities[0].summary = "Changed after the fact.";
    const before = storedVersions();
    const r = run("scripts/framework-import.ts", writeJson("changed.json", changed));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists with different content/);
    expect(storedVersions()).toEqual(before);
  });

  it("imports a valid new version", () => {
    const next = structuredClone(shipped);
    next.version = "2022.9";
    const r = run("scripts/framework-import.ts", writeJson("next.json", next));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Imported mnr version 2022\.9/);
    expect(storedVersions()).toEqual(["2022.1", "2022.9"]);
  });
});
