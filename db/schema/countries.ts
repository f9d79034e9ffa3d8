import { sql } from "drizzle-orm";
import { check, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

// Reference data (see db/seed/data/countries.md for the sources).
export const countries = pgTable(
  "countries",
  {
    iso2: text("iso2").primaryKey(),
    iso3: text("iso3").notNull(),
    m49: text("m49").notNull(),
    name: text("name").notNull(),
    region: text("region").notNull(),
    subRegion: text("sub_region").notNull(),
    intermediateRegion: text("intermediate_region"),
    unStatus: text("un_status").notNull(),
    incomeGroup: text("income_group"),
  },
  (t) => [
    uniqueIndex("countries_iso3_idx").on(t.iso3),
    uniqueIndex("countries_m49_idx").on(t.m49),
    check("countries_un_status", sql`${t.unStatus} in ('member', 'observer')`),
    check(
      "countries_income_group",
      sql`${t.incomeGroup} is null or ${t.incomeGroup} in ('low', 'lower-middle', 'upper-middle', 'high')`,
    ),
  ],
);

export type CountryRow = typeof countries.$inferSelect;
