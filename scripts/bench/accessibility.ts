// npm run audit:a11y: Lighthouse's accessibility score on the home, framework, assessment
// and dashboard pages, in each interface language. Prints the failing audits, if any.
import { runLighthouse, signIn, startBenchServer } from "./harness";

const pages = ["/", "/framework", "/assessments/demo-ke-2026/legislation", "/assessments/demo-ke-2024/dashboard"];

async function main() {
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3405), ["--demo"]);
  try {
    const session = await signIn(server.base, "focal.point@demo.mnr.example", "demo focal point KE");
    for (const locale of (process.env.AUDIT_LOCALES ?? "en,fr,es,ar").split(",")) {
      for (const page of pages) {
        const r = runLighthouse(server.base + page, `${session}; mnr_locale=${locale}`, "accessibility", "desktop");
        if (typeof r === "string") {
          console.log(`${locale} ${page}: ${r}`);
          continue;
        }
        const failing = Object.entries(r.audits).filter(([, a]) => a.score === 0).map(([id]) => id);
        console.log(`${locale} ${page}: accessibility ${r.score.toFixed(2)}${failing.length ? ` (failing: ${failing.join(", ")})` : ""}`);
      }
    }
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`Audit failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
