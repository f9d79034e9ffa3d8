import type { FrameworkDefinition } from "./schema";
import { translationSchema } from "./schema";
import type { z } from "zod";

export type FrameworkTranslation = z.infer<typeof translationSchema>;

/**
 * The definition with its texts in another language. Field by field: whatever the translation
 * lacks stays in the definition's own language (and missingTranslations lists it), so a gap
 * never blanks a page. Keys, numbers, levels and dependencies are untouched.
 */
export function localiseDefinition(def: FrameworkDefinition, t: FrameworkTranslation | null | undefined): FrameworkDefinition {
  if (!t) return def;
  return {
    ...def,
    name: t.name ?? def.name,
    description: t.description ?? def.description,
    scale: { levels: def.scale.levels.map((l) => ({ ...l, label: t.levels?.[l.key]?.label ?? l.label, description: t.levels?.[l.key]?.description ?? l.description })) },
    domains: def.domains.map((d) => ({ ...d, name: t.domains?.[d.key]?.name ?? d.name, outcome: t.domains?.[d.key]?.outcome ?? d.outcome })),
    capabilities: def.capabilities.map((c) => {
      const own = t.capabilities?.[c.key];
      return {
        ...c,
        name: own?.name ?? c.name,
        summary: own?.summary ?? c.summary,
        descriptors: Object.fromEntries(Object.entries(c.descriptors).map(([k, v]) => [k, own?.descriptors?.[k] ?? v])),
      };
    }),
    enablers: def.enablers.map((e) => ({ ...e, name: t.enablers?.[e.key]?.name ?? e.name, description: t.enablers?.[e.key]?.description ?? e.description })),
  };
}

/** Every text of the definition the translation does not cover, as a path. */
export function missingTranslations(def: FrameworkDefinition, t: FrameworkTranslation | null | undefined): string[] {
  const missing: string[] = [];
  const need = (present: unknown, path: string) => {
    if (!present) missing.push(path);
  };
  need(t?.name, "name");
  need(t?.description, "description");
  for (const l of def.scale.levels) {
    need(t?.levels?.[l.key]?.label, `levels.${l.key}.label`);
    need(t?.levels?.[l.key]?.description, `levels.${l.key}.description`);
  }
  for (const d of def.domains) {
    need(t?.domains?.[d.key]?.name, `domains.${d.key}.name`);
    need(t?.domains?.[d.key]?.outcome, `domains.${d.key}.outcome`);
  }
  for (const c of def.capabilities) {
    need(t?.capabilities?.[c.key]?.name, `capabilities.${c.key}.name`);
    need(t?.capabilities?.[c.key]?.summary, `capabilities.${c.key}.summary`);
    for (const k of Object.keys(c.descriptors)) need(t?.capabilities?.[c.key]?.descriptors?.[k], `capabilities.${c.key}.descriptors.${k}`);
  }
  for (const e of def.enablers) {
    need(t?.enablers?.[e.key]?.name, `enablers.${e.key}.name`);
    need(t?.enablers?.[e.key]?.description, `enablers.${e.key}.description`);
  }
  return missing;
}
