import type { FrameworkDefinition } from "@/lib/framework/schema";

export interface DependencyWarning {
  capabilityKey: string;
  prerequisiteKey: string;
  level: number;
  prerequisiteLevel: number;
}

/**
 * Soft warnings, never gates: a capability rated two or more levels above a capability it
 * requires (MNR 2022.1 dependencies, e.g. image databases need legislation and a dedicated
 * police unit). "supports" links do not warn; they are shown as context only.
 */
export function dependencyWarnings(def: FrameworkDefinition, levels: Map<string, number | null>): DependencyWarning[] {
  const warnings: DependencyWarning[] = [];
  for (const c of def.capabilities) {
    const level = levels.get(c.key);
    if (level === null || level === undefined) continue;
    for (const p of c.prerequisites) {
      if (p.kind !== "requires") continue;
      const pl = levels.get(p.capability);
      if (pl !== null && pl !== undefined && level - pl >= 2) {
        warnings.push({ capabilityKey: c.key, prerequisiteKey: p.capability, level, prerequisiteLevel: pl });
      }
    }
  }
  return warnings;
}
