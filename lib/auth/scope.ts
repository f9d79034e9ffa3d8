import { isCountryRole, type Role } from "./roles";

/**
 * Which countries' data a caller may reach. Every query of country data takes one, so a
 * cross-country read has to be asked for explicitly.
 */
export type Scope =
  | { kind: "country"; countryIso2: string }
  | { kind: "platform" } // the secretariat: every country, for review and administration
  | { kind: "shared"; audience: "advisory" | "ngo" } // only what countries shared with them
  | { kind: "public" };

export interface Principal {
  userId: string;
  role: Role;
  countryIso2: string | null;
}

export function scopeOf(principal: Principal | null): Scope {
  if (!principal) return { kind: "public" };
  if (isCountryRole(principal.role)) {
    // A country role without a country reaches nothing (the database forbids it; this is belt and braces).
    return principal.countryIso2 ? { kind: "country", countryIso2: principal.countryIso2 } : { kind: "public" };
  }
  if (principal.role === "secretariat") return { kind: "platform" };
  return { kind: "shared", audience: principal.role === "advisory" ? "advisory" : "ngo" };
}

/** Whether the scope reaches a country's own (unshared) data. */
export function reachesCountry(scope: Scope, countryIso2: string): boolean {
  if (scope.kind === "platform") return true;
  if (scope.kind === "country") return scope.countryIso2 === countryIso2.toUpperCase();
  return false;
}
