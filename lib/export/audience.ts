import { visibleSensitivities, type ReaderAudience, type Sensitivity } from "@/lib/assessment/sensitivity";
import type { Audience } from "./model";

/** Sensitivity labels an audience's version may hold (the rule is the one in lib/assessment/sensitivity.ts). */
export function visibleTo(audience: Audience): ReadonlySet<Sensitivity> {
  return new Set(visibleSensitivities(audience));
}

/**
 * Which version of a report a reader receives, given the audience the reader reads this cycle
 * as (from the cycle's active grants). The country and the secretariat get the internal
 * version unless they ask to see a shared one (to check what others receive); everyone else
 * only ever gets the version of the grant that lets them read the cycle.
 */
export function reportAudienceFor(reader: ReaderAudience, requested: string | null): Audience | null {
  if (reader === "internal") {
    if (requested === null || requested === "internal") return "internal";
    return requested === "advisory" || requested === "ngo" || requested === "public" ? requested : null;
  }
  return requested === null || requested === reader ? reader : null;
}
