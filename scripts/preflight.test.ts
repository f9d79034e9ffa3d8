import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "mnr-preflight-"));
const secret = "preflight-test-key-".padEnd(48, "x");
const baseEnv = { ...process.env, PGLITE_DIR: path.join(work, "db"), DATABASE_URL: "", ALLOW_DEMO_ACCOUNTS: "", AUTH_SECRET: secret };

function run(script: string, env: Record<string, string> = {}, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), script, ...args], {
    cwd: root,
    env: { ...baseEnv, ...env },
    encoding: "utf8",
  });
  return { code: r.status, err: r.stderr };
}

describe("the production start's preflight", () => {
  beforeAll(() => {
    expect(run("scripts/db-migrate.ts").code).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("starts a database without demo accounts", () => {
    expect(run("scripts/db-seed.ts").code).toBe(0);
    expect(run("scripts/preflight.ts").code).toBe(0);
  });

  it("refuses without AUTH_SECRET, saying so, unless it is a demo", () => {
    expect(run("scripts/db-seed.ts").code).toBe(0);
    const refused = run("scripts/preflight.ts", { AUTH_SECRET: "" });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Refusing to start: AUTH_SECRET is not set/);
    expect(run("scripts/preflight.ts", { AUTH_SECRET: "", ALLOW_DEMO_ACCOUNTS: "1" }).code).toBe(0);
  });

  it("refuses while demo accounts exist, unless told it is a demo", () => {
    expect(run("scripts/db-seed.ts", {}, "--demo").code).toBe(0);
    const refused = run("scripts/preflight.ts");
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Refusing to start: 6 demo account/);
    expect(run("scripts/preflight.ts", { ALLOW_DEMO_ACCOUNTS: "1" }).code).toBe(0);
  });
});
