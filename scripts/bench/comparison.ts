// npm run bench:comparison: the advisory board's named comparison of 10 countries and the
// all-countries anonymous heatmap on the large synthetic data set (every country, ten
// validated cycles, half shared), at 10 concurrent clients; server memory under load.
// Runs on the embedded database, or on PostgreSQL when DATABASE_URL is set.
import { describeTimes, loadPage, serverRss, signIn, startBenchServer } from "./harness";

const total = Number(process.env.BENCH_REQUESTS ?? 300);
const clients = Number(process.env.BENCH_CLIENTS ?? 10);

async function main() {
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3402), ["--demo", "--synthetic"]);
  try {
    const cookie = await signIn(server.base, "advisory@demo.mnr.example", "demo advisory board");
    // Ten countries that shared, as the picker offers them.
    const picker = await (await fetch(`${server.base}/compare`, { headers: { cookie } })).text();
    const shared = [...picker.matchAll(/name="c" value="([A-Z]{2})"/g)].map((m) => m[1]!).slice(0, 10);
    const named = `/compare?${shared.map((c) => `c=${c}`).join("&")}`;
    const pages = { [`named comparison of ${shared.length} countries`]: named, "all-countries anonymous heatmap": "/compare/aggregates", "regional anonymous heatmap": "/compare/aggregates?by=region" };
    const engine = process.env.DATABASE_URL ? "postgres" : "pglite";
    for (const [label, page] of Object.entries(pages)) {
      const first = performance.now();
      const res = await fetch(server.base + page, { headers: { cookie } });
      await res.text();
      if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
      const cold = performance.now() - first;
      console.log(`${label} (${engine}, ${total} requests, ${clients} concurrent, one signed-in person); first request ${cold.toFixed(0)} ms:`);
      for (const mode of ["kept", "rendered"] as const) {
        const { times, kept } = await loadPage(server.base, page, cookie, mode, total, clients);
        console.log(`  ${mode === "kept" ? `kept page served while nothing changes (${kept} of ${total} from the kept copy)` : "rendered in full on every request"}: ${describeTimes(times)}`);
      }
    }
    console.log(`server memory under load: ${serverRss(server.pid).toFixed(0)} MB RSS`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`Benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
