import { bigint, integer, pgTable } from "drizzle-orm/pg-core";

/**
 * One row whose number goes up with every committed change to what pages show (triggers in
 * migration 0010). A rendered page kept by an app instance is reused only under the number it
 * was rendered at, so no instance ever serves a page older than the data.
 */
export const dataVersion = pgTable("data_version", {
  id: integer("id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull(),
});
