import { visibleSensitivities, type Sensitivity } from "@/lib/assessment/sensitivity";
import type { Scope } from "@/lib/auth/scope";
import type { Audience } from "./model";

/** The reader each audience stands for, so the rule stays the one in lib/assessment/sensitivity.ts. */
function scopeOf(audience: Audience, countryIso2: string): Scope {
  if (audience === "internal") return { kind: "country", countryIso2 };
  if (audience === "public") return { kind: "public" };
  return { kind: "shared", audience };
}

/** Sensitivity labels an audience's version may hold. */
export function visibleTo(audience: Audience, countryIso2: string): ReadonlySet<Sensitivity> {
  return new Set(visibleSensitivities(scopeOf(audience, countryIso2)));
}
