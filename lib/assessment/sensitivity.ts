import type { Scope } from "@/lib/auth/scope";

export type Sensitivity = "public" | "internal" | "restricted";

/**
 * Which evidence a reader may receive. The country and the secretariat see everything;
 * restricted evidence never leaves them; internal evidence reaches the advisory board only.
 */
export function visibleSensitivities(scope: Scope): Sensitivity[] {
  if (scope.kind === "country" || scope.kind === "platform") return ["public", "internal", "restricted"];
  if (scope.kind === "shared" && scope.audience === "advisory") return ["public", "internal"];
  return ["public"];
}
