// Shared by the benchmarks: a production server on a throwaway database, server actions
// over HTTP, and the numbers every benchmark reports. Not a test helper: nothing here asserts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const root = path.resolve(__dirname, "..", "..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");

export interface BenchServer {
  base: string;
  pid: number;
  stop: () => Promise<void>;
}

function step(label: string, script: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [tsx, script, ...args], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${label} failed`);
  return performance.now() - started;
}

/**
 * Builds if needed, migrates and seeds a fresh embedded database (or DATABASE_URL), runs
 * `prepare` (a script and its arguments) on it if given, starts `npm start`.
 */
export async function startBenchServer(port: number, seedArgs: string[], prepare?: [string, ...string[]]): Promise<BenchServer & { seedMs: number }> {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.log("No production build: building first…");
    if (spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" }).status !== 0) throw new Error("build failed");
  }
  const work = mkdtempSync(path.join(tmpdir(), "mnr-bench-"));
  const env = { ...process.env, PGLITE_DIR: path.join(work, "db"), PORT: String(port), ALLOW_DEMO_ACCOUNTS: "1", NEXT_TELEMETRY_DISABLED: "1" };
  step("migrate", "scripts/db-migrate.ts", env);
  const seedMs = step("seed", "scripts/db-seed.ts", env, ...seedArgs);
  if (prepare) step("prepare", prepare[0], env, ...prepare.slice(1));
  const server: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, Date.now() + 90_000);
  return {
    base,
    pid: server.pid!,
    seedMs,
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(base: string, deadline: number) {
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

let manifest: { node: Record<string, { exportedName?: string }> } | null = null;

// Read once, not inside a timed loop: the numbers must measure the request, not this lookup.
function actionId(name: string): string {
  manifest ??= JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, e]) => e.exportedName === name);
  if (!entry) throw new Error(`no server action ${name} in the build`);
  return entry[0];
}

export async function callAction(base: string, page: string, name: string, arg: unknown, cookie = "") {
  const res = await fetch(base + page, {
    method: "POST",
    headers: { "Next-Action": actionId(name), Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: base, Cookie: cookie },
    body: JSON.stringify([arg]),
    redirect: "manual",
  });
  return { body: await res.text(), cookies: res.headers.getSetCookie() };
}

/** Signs a demo account in and returns its session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const r = await callAction(base, "/sign-in", "signIn", { email, password });
  const cookie = r.cookies.map((c) => c.split(";")[0]).join("; ");
  if (!cookie.includes("mnr_session")) throw new Error(`sign-in failed: ${r.body.slice(0, 200)}`);
  return cookie;
}

/** RSS in MB of the Next.js server: the process tree under the start script, minus the script itself. */
export function serverRss(pid: number): number {
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.split(/\s+/).filter(Boolean);
  return children.reduce((sum, child) => {
    const r = spawnSync("ps", ["-o", "rss=", "-p", child], { encoding: "utf8" });
    return sum + Number(r.stdout.trim() || 0) / 1024 + serverRss(Number(child));
  }, 0);
}

export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** `clients` concurrent loops sharing `total` requests; returns each request's time in ms. */
export async function loadTest(total: number, clients: number, request: (i: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const i = next++;
        const started = performance.now();
        await request(i);
        times.push(performance.now() - started);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

export function describeTimes(times: number[]): string {
  return `median ${quantile(times, 0.5).toFixed(1)} ms · p95 ${quantile(times, 0.95).toFixed(1)} ms · p99 ${quantile(times, 0.99).toFixed(1)} ms · worst ${times.at(-1)!.toFixed(1)} ms`;
}

export interface LighthouseResult {
  score: number;
  audits: Record<string, { displayValue?: string; score?: number | null; title?: string }>;
}

/** Lighthouse 12 (fetched with npx on first use) against one page, signed in through the cookie. */
export function runLighthouse(url: string, cookie: string, category: "performance" | "accessibility", preset: "mobile" | "desktop" = "mobile"): LighthouseResult | string {
  const args = ["--yes", "lighthouse@12", url, `--only-categories=${category}`, "--output=json", "--quiet", `--extra-headers=${JSON.stringify({ Cookie: cookie })}`, "--chrome-flags=--headless=new --no-sandbox"];
  if (preset === "desktop") args.push("--preset=desktop");
  const r = spawnSync("npx", args, { encoding: "utf8", env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) return `failed (${(r.stderr || "").trim().split("\n").at(-1)})`;
  const report = JSON.parse(r.stdout) as { categories: Record<string, { score: number }>; audits: LighthouseResult["audits"] };
  return { score: report.categories[category]!.score, audits: report.audits };
}

/**
 * Load on one page as one signed-in person: `kept` lets the instance answer with its kept copy
 * (lib/render-cache), `rendered` forces a full render on every request. Returns the times and
 * how many answers came from the kept copy.
 */
export async function loadPage(base: string, path: string, cookie: string, mode: "kept" | "rendered", total: number, clients: number, check: (html: string) => boolean = () => true) {
  let kept = 0;
  // As a browser loading the page asks: only document requests are answered from the kept copy.
  const headers: Record<string, string> = { cookie, accept: "text/html,application/xhtml+xml" };
  // Any value of this header makes the proxy pass the request through to a full render.
  if (mode === "rendered") headers["x-mnr-render"] = "bench";
  const get = async () => {
    const res = await fetch(base + path, { headers });
    const html = await res.text();
    if (res.status !== 200 || !check(html)) throw new Error(`${path} answered ${res.status}`);
    if (res.headers.get("x-page-cache") === "hit") kept++;
  };
  await loadTest(20, 2, get); // warm-up: first renders compile and fill caches
  kept = 0;
  const times = await loadTest(total, clients, get);
  return { times, kept };
}
