// npm run demo: migrate, seed, build and start on the embedded database (or DATABASE_URL).
import { spawnSync } from "node:child_process";
import { demoAccounts } from "@/db/seed/demo-accounts";

function run(label: string, command: string, args: string[]) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
run("Applying database migrations", npm, ["run", "--silent", "db:migrate"]);
run("Loading reference and demo data", npm, ["run", "--silent", "db:seed", "--", "--demo"]);
run("Building the app", npm, ["run", "--silent", "build"]);
console.log("\nDemo sign-ins (one per role):");
for (const a of demoAccounts) console.log(`  ${a.role.padEnd(12)} ${a.email.padEnd(34)} ${a.password}`);
console.log(`\n▶ Starting on http://${process.env.HOST || "localhost"}:${process.env.PORT || "3000"} (Ctrl+C to stop)`);
// The demo accounts have published passwords; this start is explicitly a demo.
process.env.ALLOW_DEMO_ACCOUNTS = "1";
run("Server", process.execPath, ["scripts/start.mjs"]);
