import type { FrameworkDefinition } from "@/lib/framework/schema";

export interface FrameworkNames {
  level(value: number): { label: string; description: string } | null;
  domain(key: string): { name: string; outcome: string };
  capability(key: string): { name: string; number: number };
  enabler(key: string): string;
}

/**
 * Names in the report's language where the definition carries a translation, else in the
 * definition's own language (the fallback lib/framework/README.md describes). Unknown keys
 * echo the key so that a stray record stays visible instead of breaking the export.
 */
export function readNames(def: FrameworkDefinition, locale: string): FrameworkNames {
  const t = def.translations?.[locale];
  const levels = new Map(def.scale.levels.map((l) => [l.value, l]));
  const domains = new Map(def.domains.map((d) => [d.key, d]));
  const capabilities = new Map(def.capabilities.map((c) => [c.key, c]));
  const enablers = new Map(def.enablers.map((e) => [e.key, e]));
  return {
    level(value) {
      const l = levels.get(value);
      if (!l) return null;
      const own = t?.levels?.[l.key];
      return { label: own?.label ?? l.label, description: own?.description ?? l.description };
    },
    domain(key) {
      const d = domains.get(key);
      const own = t?.domains?.[key];
      return { name: own?.name ?? d?.name ?? key, outcome: own?.outcome ?? d?.outcome ?? "" };
    },
    capability(key) {
      const c = capabilities.get(key);
      return { name: t?.capabilities?.[key]?.name ?? c?.name ?? key, number: c?.number ?? 0 };
    },
    enabler(key) {
      return t?.enablers?.[key]?.name ?? enablers.get(key)?.name ?? key;
    },
  };
}
