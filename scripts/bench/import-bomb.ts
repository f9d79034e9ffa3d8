// npm run bench:import: a spreadsheet zip bomb (a ~1.2 MB .xlsx whose sheet unpacks to
// 1.2 GB, made here) uploaded to the import, once and three at once. Prints the server's RSS
// growth and the time to refusal, each beside a floor from the same run: the server's RSS
// before, and the health check's time. Target: under 50 MB growth, refused in under a second.
import { makeXlsxBomb } from "@/lib/export/test-bomb";
import { loadTest, quantile, serverRss, signIn, startBenchServer } from "./harness";

const email = "bench.import@bench.mnr.example";
const password = "bench import focal point";
const MB = 1024 * 1024;

async function upload(base: string, cookie: string, file: Uint8Array, name: string) {
  const form = new FormData();
  form.set("title", "Bench import");
  form.set("period", "2026");
  form.set("file", new Blob([file as BlobPart]), name);
  const started = performance.now();
  const res = await fetch(`${base}/api/assessments/import`, { method: "POST", body: form, headers: { cookie, origin: base } });
  const body = (await res.json()) as { error?: string; problems?: { message: string }[] };
  return { ms: performance.now() - started, status: res.status, message: body.problems?.[0]?.message ?? body.error ?? "" };
}

async function main() {
  const started = performance.now();
  const bomb = await makeXlsxBomb({ unpackedBytes: 1200 * MB });
  console.log(`bomb: ${(bomb.length / MB).toFixed(2)} MB on disk, sheet unpacks to ${(1200 * MB / 1e9).toFixed(2)} GB (made in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3404), [], ["scripts/bench/import-bomb-account.ts", email, password]);
  try {
    const cookie = await signIn(server.base, email, password);
    // Warm-up: the first upload loads the import route and its libraries.
    for (let i = 0; i < 3; i++) await upload(server.base, cookie, new TextEncoder().encode("not a file"), "x.txt");
    const health = await loadTest(20, 1, async () => void (await (await fetch(`${server.base}/api/health`)).text()));
    const floorMs = quantile(health, 0.5);
    // The same route refusing a 10-byte file: session, audit entry and multipart, without the bomb.
    const tiny: number[] = [];
    for (let i = 0; i < 5; i++) tiny.push((await upload(server.base, cookie, new TextEncoder().encode("not a file"), "x.txt")).ms);
    const tinyMs = quantile(tiny.sort((a, b) => a - b), 0.5);
    console.log(`floors: health check median ${floorMs.toFixed(1)} ms (20 sequential) · a 10-byte upload refused by the same route, median ${tinyMs.toFixed(1)} ms (5 sequential)`);
    for (const parallel of [1, 3]) {
      const send = () => Promise.all(Array.from({ length: parallel }, () => upload(server.base, cookie, bomb, "bomb.xlsx")));
      // Timed apart from the memory watch: its ps calls block this process and would slow the upload.
      const timed = await send();
      const slowest = Math.max(...timed.map((r) => r.ms));
      const before = serverRss(server.pid);
      let peak = before;
      const watch = setInterval(() => (peak = Math.max(peak, serverRss(server.pid))), 50);
      await send();
      clearInterval(watch);
      peak = Math.max(peak, serverRss(server.pid));
      const growth = peak - before;
      console.log(
        `${parallel} bomb${parallel > 1 ? "s at once" : ""}: ${timed.map((r) => r.status).join(", ")} "${timed[0]!.message}" · refused after ${slowest.toFixed(0)} ms` +
          ` (${(slowest / floorMs).toFixed(1)}× the health check, ${(slowest / tinyMs).toFixed(1)}× the 10-byte upload) · server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB,` +
          ` growth ${growth.toFixed(0)} MB (${((growth / before) * 100).toFixed(1)}% of RSS before)`,
      );
    }
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`Benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
