import type { Scope } from "@/lib/auth/scope";

export type Sensitivity = "public" | "internal" | "restricted";

/** Whom a reader reads a cycle as: the country itself ("internal") or one audience it was shared with. */
export type ReaderAudience = "internal" | "advisory" | "ngo" | "public";

export const shareAudiences = ["advisory", "ngo", "public"] as const;
export type ShareAudience = (typeof shareAudiences)[number];

/**
 * The audience a reader reads one cycle as, from the grants that cycle actually holds now
 * (neither revoked nor suspended), never from the reader's role alone: an advisory member
 * reading a cycle shared only with the public reads the public version. Null: not shared
 * with anyone this reader stands for.
 */
export function readerAudience(scope: Scope, countryIso2: string, activeGrants: readonly string[]): ReaderAudience | null {
  if (scope.kind === "platform") return "internal";
  if (scope.kind === "country") return scope.countryIso2 === countryIso2.toUpperCase() ? "internal" : null;
  if (scope.kind === "shared" && activeGrants.includes(scope.audience)) return scope.audience;
  return activeGrants.includes("public") ? "public" : null;
}

/**
 * Which evidence a reader may receive. The country and the secretariat see everything;
 * restricted evidence never leaves them; internal evidence reaches the advisory board only.
 */
export function visibleSensitivities(audience: ReaderAudience): Sensitivity[] {
  if (audience === "internal") return ["public", "internal", "restricted"];
  if (audience === "advisory") return ["public", "internal"];
  return ["public"];
}

/** Whether this reader is one of the country's own people or the secretariat (names of staff, comments, proposals). */
export function readsInternal(audience: ReaderAudience): boolean {
  return audience === "internal";
}
