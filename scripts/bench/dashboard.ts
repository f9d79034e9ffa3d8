// npm run bench:dashboard: the country dashboard on the large synthetic data set (every
// country, ten validated cycles): server render time at 10 concurrent clients, the
// JavaScript the browser downloads (gzip), and Lighthouse's mobile performance score.
// BENCH_LIGHTHOUSE=0 skips Lighthouse (it is fetched with npx on first use).
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { describeTimes, loadPage, loadTest, runLighthouse, serverRss, signIn, startBenchServer } from "./harness";

const total = Number(process.env.BENCH_REQUESTS ?? 400);
const clients = Number(process.env.BENCH_CLIENTS ?? 10);
const page = "/assessments/syn-fr-2025/dashboard";

async function measureJs(base: string, cookie: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const context = await browser.newContext({ extraHTTPHeaders: { cookie } });
  const tab = await context.newPage();
  const sizes = new Map<string, number>();
  let phase: "initial" | "charts" = "initial";
  const byPhase = { initial: 0, charts: 0 };
  tab.on("response", async (r) => {
    if (!r.url().endsWith(".js") || sizes.has(r.url())) return;
    const body = await r.body().catch(() => null);
    if (!body) return;
    const gz = gzipSync(body).length;
    sizes.set(r.url(), gz);
    byPhase[phase] += gz;
  });
  await tab.goto(base + page, { waitUntil: "networkidle" });
  phase = "charts";
  for (let y = 0; y < 6000; y += 500) {
    await tab.mouse.wheel(0, 500);
    await tab.waitForTimeout(100);
  }
  await tab.waitForLoadState("networkidle");
  await browser.close();
  return byPhase;
}

function lighthouse(base: string, cookie: string): string {
  if (process.env.BENCH_LIGHTHOUSE === "0") return "skipped";
  const r = runLighthouse(base + page, cookie, "performance");
  if (typeof r === "string") return r;
  const a = r.audits;
  return `${r.score.toFixed(2)} (FCP ${a["first-contentful-paint"]?.displayValue}, LCP ${a["largest-contentful-paint"]?.displayValue}, TBT ${a["total-blocking-time"]?.displayValue}, CLS ${a["cumulative-layout-shift"]?.displayValue})`;
}

async function main() {
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3401), ["--demo", "--synthetic"]);
  try {
    console.log(`synthetic data set seeded in ${(server.seedMs / 1000).toFixed(1)} s (demo + every country × ten cycles)`);
    const cookie = await signIn(server.base, "secretariat@demo.mnr.example", "demo secretariat");
    const engine = process.env.DATABASE_URL ? "postgres" : "pglite";
    const isDashboard = (html: string) => html.includes('data-testid="trend-table"');
    console.log(`country dashboard, server-rendered (${engine}, ${total} requests, ${clients} concurrent clients, one signed-in person, 10 cycles in the trend):`);
    for (const mode of ["kept", "rendered"] as const) {
      const { times, kept } = await loadPage(server.base, page, cookie, mode, total, clients, isDashboard);
      const label = mode === "kept" ? `kept page served while nothing changes (${kept} of ${total} from the kept copy)` : "rendered in full on every request";
      console.log(`  ${label}: ${describeTimes(times)}`);
    }
    console.log(`  server memory under load: ${serverRss(server.pid).toFixed(0)} MB RSS`);
    // The same load on the cheapest routes there are: what this machine, the load generator and
    // Next.js cost before the dashboard does any work of its own.
    for (const [label, path, headers] of [
      ["health check (no page; reads the migration state)", "/api/health", {}],
      ["accessibility statement (static text, signed in)", "/accessibility", { cookie }],
    ] as const) {
      const floor = await loadTest(total, clients, async () => {
        const res = await fetch(server.base + path, { headers });
        await res.text();
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      });
      console.log(`  for reference, ${label}: ${describeTimes(floor)}`);
    }
    const js = await measureJs(server.base, cookie);
    console.log(`JavaScript sent to the browser (gzip): ${(js.initial / 1024).toFixed(1)} KB on load, ${(js.charts / 1024).toFixed(1)} KB more when the charts scroll into view`);
    console.log(`Lighthouse mobile performance: ${lighthouse(server.base, cookie)}`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`Benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
