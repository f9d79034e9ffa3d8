import { defineConfig } from "drizzle-kit";

// Only used to generate migrations from db/schema; migrations are applied by scripts/db-migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
