import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // PGlite instances cost seconds each; database tests share one per file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
