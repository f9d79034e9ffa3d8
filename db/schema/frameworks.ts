import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// A framework version is immutable once stored (a database trigger refuses UPDATE
// and DELETE, see the custom migration): a correction is imported as a new version,
// so an assessment always reads the exact descriptors it was answered against.
export const frameworkVersions = pgTable(
  "framework_versions",
  {
    id: serial("id").primaryKey(),
    frameworkKey: text("framework_key").notNull(),
    version: text("version").notNull(),
    name: text("name").notNull(),
    definition: jsonb("definition").notNull(),
    checksum: text("checksum").notNull(),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("framework_versions_key_version_idx").on(t.frameworkKey, t.version),
    check("framework_versions_checksum_format", sql`${t.checksum} ~ '^[0-9a-f]{64}$'`),
  ],
);

export type FrameworkVersionRow = typeof frameworkVersions.$inferSelect;
