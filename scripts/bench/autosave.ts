// npm run bench: how long one autosave takes, end to end over HTTP against a production
// build on a fresh embedded database (or DATABASE_URL): sign in, then 100 sequential saves
// of one capability, each based on the version the previous one returned.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const port = Number(process.env.BENCH_PORT ?? 3400);
const base = `http://127.0.0.1:${port}`;
const rounds = Number(process.env.BENCH_ROUNDS ?? 100);
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");

function step(label: string, script: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(process.execPath, [tsx, script, ...args], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${label} failed`);
}

let manifest: { node: Record<string, { exportedName?: string }> } | null = null;

// Read once, not inside the timed loop: the numbers must measure the save, not this lookup.
function actionId(name: string): string {
  manifest ??= JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, e]) => e.exportedName === name);
  if (!entry) throw new Error(`no server action ${name} in the build`);
  return entry[0];
}

async function callAction(page: string, name: string, arg: unknown, cookie = "") {
  const res = await fetch(base + page, {
    method: "POST",
    headers: { "Next-Action": actionId(name), Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: base, Cookie: cookie },
    body: JSON.stringify([arg]),
    redirect: "manual",
  });
  return { body: await res.text(), cookies: res.headers.getSetCookie() };
}

async function waitForHealth(deadline: number) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become ready");
}

/** RSS in MB of the Next.js server: the process tree under the start script, minus the script itself. */
function serverRss(pid: number): number {
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.split(/\s+/).filter(Boolean);
  return children.reduce((sum, child) => {
    const r = spawnSync("ps", ["-o", "rss=", "-p", child], { encoding: "utf8" });
    return sum + Number(r.stdout.trim() || 0) / 1024 + serverRss(Number(child));
  }, 0);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.log("No production build: building first…");
    if (spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" }).status !== 0) throw new Error("build failed");
  }
  const work = mkdtempSync(path.join(tmpdir(), "mnr-bench-"));
  const env = { ...process.env, PGLITE_DIR: path.join(work, "db"), PORT: String(port), ALLOW_DEMO_ACCOUNTS: "1", NEXT_TELEMETRY_DISABLED: "1" };
  let server: ChildProcess | null = null;
  try {
    step("migrate", "scripts/db-migrate.ts", env);
    step("seed", "scripts/db-seed.ts", env, "--demo");
    server = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env, stdio: "ignore" });
    await waitForHealth(Date.now() + 60_000);

    const signIn = await callAction("/sign-in", "signIn", { email: "contributor@demo.mnr.example", password: "demo contributor KE" });
    const cookie = signIn.cookies.map((c) => c.split(";")[0]).join("; ");
    if (!cookie.includes("mnr_session")) throw new Error(`sign-in failed: ${signIn.body.slice(0, 200)}`);

    const times: number[] = [];
    let version = 0;
    for (let i = 0; i < rounds; i += 1) {
      const started = performance.now();
      const r = await callAction("/assessments/demo-ke-2026/child-participation", "saveAnswer", {
        assessmentId: "demo-ke-2026",
        capabilityKey: "child-participation",
        expectedVersion: version,
        level: i % 5,
        notApplicable: false,
        notApplicableReason: "",
        reasoning: `Benchmark round ${i}: ${"x".repeat(400)}`,
        confidence: "medium",
        targetLevel: 4,
        targetDate: "2029-01-01",
        leadAgency: "Ministry",
      }, cookie);
      times.push(performance.now() - started);
      const saved = /"version":(\d+)/.exec(r.body);
      if (!saved || !/"saved":true/.test(r.body)) throw new Error(`save ${i} failed: ${r.body.slice(0, 300)}`);
      version = Number(saved[1]);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const engine = process.env.DATABASE_URL ? "postgres" : "pglite";
    console.log(`autosave round trip (${engine}, ${rounds} sequential saves, server action over HTTP incl. audit entry):`);
    console.log(`  median ${quantile(sorted, 0.5).toFixed(1)} ms · p95 ${quantile(sorted, 0.95).toFixed(1)} ms · worst ${sorted.at(-1)!.toFixed(1)} ms · first ${times[0]!.toFixed(1)} ms`);
    console.log(`  server memory after the run: ${serverRss(server.pid!).toFixed(0)} MB RSS`);
  } finally {
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`Benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
