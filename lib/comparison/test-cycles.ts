import { answer, makeTinyFramework } from "@/lib/scoring/test-fixtures";
import type { CountryCycle } from "./types";

/** Tiny framework: levels 1..4; capabilities a-one, a-two, a-three (domain alpha) and b-one (beta). */
export const tiny = makeTinyFramework();
export const tinyNext = { ...tiny, version: "2.0" };

export type LevelInput = number | null | "na";

/**
 * A validated cycle on the tiny framework, levels given in capability order
 * (a-one, a-two, a-three, b-one); "na" marks a capability as not applicable.
 */
export function makeCycle(iso2: string, levels: readonly LevelInput[], over: Partial<CountryCycle> = {}): CountryCycle {
  const def = over.def ?? tiny;
  return {
    countryIso2: iso2,
    countryName: `Country ${iso2}`,
    region: "North",
    incomeGroup: "high",
    period: "2024",
    frameworkVersion: def.version,
    answers: def.capabilities.flatMap((c, i) => {
      const level = levels[i];
      if (level === undefined) return [];
      return [level === "na" ? answer(c.key, null, { notApplicable: true }) : answer(c.key, level)];
    }),
    sharedWithAdvisory: false,
    ...over,
    def,
  };
}

/** `count` countries with codes from `first` on (AA, AB, ...), all at the same levels. */
export function makeCountries(count: number, levels: readonly LevelInput[], over: Partial<CountryCycle> = {}, first = 0): CountryCycle[] {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const iso2 = String.fromCharCode(65 + Math.floor(n / 26), 65 + (n % 26));
    return makeCycle(iso2, levels, over);
  });
}
