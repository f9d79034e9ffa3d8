// Production start: checks the database (migrated; no demo accounts unless ALLOW_DEMO_ACCOUNTS=1),
// then `next start` on HOST (default 127.0.0.1) and PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };

const tsx = require.resolve("tsx/cli");
const preflight = spawnSync(process.execPath, [tsx, "scripts/preflight.ts"], { stdio: "inherit", env });
if (preflight.status !== 0) process.exit(preflight.status ?? 1);

const nextBin = require.resolve("next/dist/bin/next");
const host = process.env.HOST || "127.0.0.1";
const port = process.env.PORT || "3000";
// The server renders a dashboard or comparison to keep by asking itself (lib/render-cache).
const ownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
env.INTERNAL_ORIGIN ??= `http://${ownHost}:${port}`;
const child = spawn(process.execPath, [nextBin, "start", "-H", host, "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
