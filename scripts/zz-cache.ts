import { signIn, startBenchServer } from "./bench/harness";
async function main() {
  const server = await startBenchServer(3493, ["--demo"]);
  try {
    const cookie = await signIn(server.base, "secretariat@demo.mnr.example", "demo secretariat");
    for (const url of ["/assessments/demo-ke-2024/dashboard", "/assessments/demo-ke-2024/dashboard", "/compare", "/compare", "/accessibility"]) {
      const t = performance.now();
      const r = await fetch(server.base + url, { headers: { cookie } });
      const html = await r.text();
      console.log(url, r.status, r.headers.get("x-page-cache"), html.length, (performance.now() - t).toFixed(0), "ms", /nonce="([^"]+)"/.exec(html)?.[1]?.slice(0, 8), r.headers.get("content-security-policy")?.match(/nonce-([^']+)/)?.[1]?.slice(0, 8), r.headers.get("content-encoding"));
    }
    const anon = await fetch(server.base + "/assessments/demo-ke-2024/dashboard", { redirect: "manual" });
    console.log("anonymous", anon.status, anon.headers.get("x-page-cache"), anon.headers.get("location"));
  } finally { await server.stop(); }
}
main();
