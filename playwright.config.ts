import { defineConfig, devices } from "@playwright/test";

// The server is built and its database prepared by scripts/test-e2e.sh; here we only start it.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: a 2-core machine hashing passwords (scrypt) for several browsers at once is slow.
  timeout: 60_000,
  // A loaded 2-core machine can take several seconds for one sign-in (scrypt) or build-cold page.
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      // Without these Chromium keeps calling out to a network this machine does not have.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--no-sandbox",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /\.last\.spec\.ts/ },
    // Tests that change platform-wide rules run once everything else is done.
    { name: "last", use: { ...devices["Desktop Chrome"] }, dependencies: ["chromium"], testMatch: /\.last\.spec\.ts/ },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    // The e2e database holds the demo accounts, so the start must be told it is a demo.
    // Every test browser signs in from this machine's one address, and several tests fail sign-ins
    // on purpose: the per-address pause (tested in db/throttle.test.ts) must not stop the others.
    env: { PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", ALLOW_DEMO_ACCOUNTS: "1", SIGN_IN_ADDRESS_LIMIT: "500" },
  },
});
