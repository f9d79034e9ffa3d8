// npm run bench:reports: one country-cycle's PDF and XLSX (20 downloads each, median), and
// the NGO open-data export of the large synthetic data set, streamed, with server memory.
import { describeTimes, loadTest, quantile, serverRss, signIn, startBenchServer } from "./harness";

async function main() {
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3403), ["--demo", "--synthetic"]);
  try {
    const cookie = await signIn(server.base, "secretariat@demo.mnr.example", "demo secretariat");
    // The Arabic PDF lays every line out itself (bidirectional order, embedded font): timed apart.
    for (const [format, locale] of [["pdf", "en"], ["pdf", "ar"], ["xlsx", "en"], ["docx", "en"]] as const) {
      const url = `${server.base}/api/assessments/syn-fr-2025/report?format=${format}`;
      let size = 0;
      const get = async () => {
        const r = await fetch(url, { headers: { cookie: `${cookie}; mnr_locale=${locale}` } });
        size = (await r.arrayBuffer()).byteLength;
        if (r.status !== 200) throw new Error(`${format} answered ${r.status}`);
      };
      await loadTest(3, 1, get);
      const times = await loadTest(20, 1, get);
      console.log(`${format} (${locale}) of one country-cycle (20 sequential downloads): median ${quantile(times, 0.5).toFixed(0)} ms · worst ${times.at(-1)!.toFixed(0)} ms · ${(size / 1024).toFixed(0)} KB`);
    }
    const ngo = await signIn(server.base, "ngo@demo.mnr.example", "demo ngo analyst");
    const runs = [
      ["NGO", ngo, "csv"],
      ["NGO", ngo, "json"],
      ["secretariat (every validated cycle)", cookie, "csv"],
    ] as const;
    for (const [who, session, format] of runs) {
      let peak = 0;
      const watch = setInterval(() => (peak = Math.max(peak, serverRss(server.pid))), 200);
      const started = performance.now();
      const res = await fetch(`${server.base}/api/open-data?format=${format}`, { headers: { cookie: session } });
      let bytes = 0;
      let firstByte = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        if (!firstByte) firstByte = performance.now() - started;
        bytes += chunk.length;
      }
      clearInterval(watch);
      console.log(`open data for ${who}, ${format}: ${((performance.now() - started) / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB, first bytes after ${firstByte.toFixed(0)} ms, server peak ${peak.toFixed(0)} MB RSS`);
    }
    const times = await loadTest(40, 10, async () => {
      const r = await fetch(`${server.base}/api/health`);
      await r.text();
    });
    console.log(`health check while idle after the exports (10 concurrent): ${describeTimes(times)}`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`Benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
