// npm run bench:autosave: how long one autosave takes, end to end over HTTP against a
// production build on a fresh embedded database (or DATABASE_URL): sign in, then 100
// sequential saves of one capability, each based on the version the previous one returned.
import { callAction, quantile, serverRss, signIn, startBenchServer } from "./harness";

const rounds = Number(process.env.BENCH_ROUNDS ?? 100);

async function main() {
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3400), ["--demo"]);
  try {
    const cookie = await signIn(server.base, "contributor@demo.mnr.example", "demo contributor KE");
    const times: number[] = [];
    let version = 0;
    for (let i = 0; i < rounds; i += 1) {
      const started = performance.now();
      const r = await callAction(server.base, "/assessments/demo-ke-2026/child-participation", "saveAnswer", {
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
    console.log(`  server memory after the run: ${serverRss(server.pid).toFixed(0)} MB RSS`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`Benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
