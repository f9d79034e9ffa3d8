import { describeTimes, loadTest, signIn, startBenchServer } from "./bench/harness";
async function main() {
  const server = await startBenchServer(3492, ["--demo"]);
  try {
    const cookie = await signIn(server.base, "secretariat@demo.mnr.example", "demo secretariat");
    for (const url of ["/api/health", "/api/zz-proto", "/accessibility"]) {
      const get = async () => { const r = await fetch(server.base + url, { headers: { cookie } }); await r.text(); if (r.status !== 200) throw new Error(url + r.status); };
      await loadTest(50, 2, get);
      console.log(url, describeTimes(await loadTest(400, 10, get)));
    }
  } finally { await server.stop(); }
}
main();
