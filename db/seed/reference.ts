import { readFileSync } from "node:fs";
import path from "node:path";
import { countryListSchema } from "@/lib/countries/schema";
import { parseFrameworkFile } from "@/lib/framework/parse-file";
import type { Db } from "../client";
import { upsertCountries } from "../queries/countries";
import { importFrameworkVersion, type ImportOutcome } from "../queries/frameworks";
import countryData from "./data/countries.json";

export const shippedFrameworkFile = path.join(process.cwd(), "lib", "framework", "definitions", "mnr-2022.json");

/** Loads the reference data every installation needs: countries and the shipped MNR definition. */
export async function seedReferenceData(db: Db): Promise<{ countries: number; framework: ImportOutcome }> {
  const countryCount = await upsertCountries(db, countryListSchema.parse(countryData));
  const parsed = parseFrameworkFile(readFileSync(shippedFrameworkFile, "utf8"));
  if (!parsed.ok) {
    throw new Error(`The shipped framework definition is invalid:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
  }
  const framework = await importFrameworkVersion(db, parsed.definition);
  if (framework.status === "conflict") throw new Error(framework.message);
  return { countries: countryCount, framework };
}
