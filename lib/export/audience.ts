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

/**
 * Which version of a report a reader receives. The country and the secretariat get the
 * internal version unless they ask to see a shared one (to check what others receive);
 * advisory members and NGO analysts only ever get their own audience's version.
 */
export function reportAudienceFor(scope: Scope, requested: string | null): Audience | null {
  const shared = requested === "advisory" || requested === "ngo" || requested === "public" ? requested : null;
  switch (scope.kind) {
    case "country":
    case "platform":
      return requested === null || requested === "internal" ? "internal" : shared;
    case "shared":
      return requested === null || requested === scope.audience ? scope.audience : null;
    case "public":
      return requested === null || requested === "public" ? "public" : null;
  }
}
