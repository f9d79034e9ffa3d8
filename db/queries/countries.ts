import { asc, eq, sql } from "drizzle-orm";
import type { ReachableAssessment } from "./assessments";
import { reachesCountry, type Scope } from "@/lib/auth/scope";
import type { Country } from "@/lib/countries/schema";
import type { Db } from "../client";
import { countries } from "../schema";

/** Inserts or refreshes reference rows; countries are never deleted because assessments point at them. */
export async function upsertCountries(db: Db, rows: Country[]): Promise<number> {
  if (rows.length === 0) return 0;
  await db
    .insert(countries)
    .values(rows)
    .onConflictDoUpdate({
      target: countries.iso2,
      set: {
        iso3: sql`excluded.iso3`,
        m49: sql`excluded.m49`,
        name: sql`excluded.name`,
        region: sql`excluded.region`,
        subRegion: sql`excluded.sub_region`,
        intermediateRegion: sql`excluded.intermediate_region`,
        unStatus: sql`excluded.un_status`,
        incomeGroup: sql`excluded.income_group`,
      },
    });
  return rows.length;
}

export async function listCountries(db: Db) {
  return db.select().from(countries).orderBy(asc(countries.name));
}

export async function countryExists(db: Db, iso2: string): Promise<boolean> {
  const [row] = await db.select({ iso2: countries.iso2 }).from(countries).where(eq(countries.iso2, iso2));
  return !!row;
}

/** One country's reference row, only where the caller's scope reaches it. */
export async function getCountry(db: Db, scope: Scope, iso2: string) {
  if (!reachesCountry(scope, iso2)) return null;
  const [row] = await db.select().from(countries).where(eq(countries.iso2, iso2));
  return row ?? null;
}

/** The country of an assessment the caller already reached: shared readers see its name and region. */
export async function getCountryOfAssessment(db: Db, assessment: ReachableAssessment) {
  const [row] = await db.select().from(countries).where(eq(countries.iso2, assessment.countryIso2));
  return row!;
}
