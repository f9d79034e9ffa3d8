import ar from "./translations/mnr-2022.1/ar.json";
import es from "./translations/mnr-2022.1/es.json";
import fr from "./translations/mnr-2022.1/fr.json";
import type { FrameworkTranslation } from "./localise";
import { translationSchema } from "./schema";

// Translations of framework content that ship with the app, by framework key and version.
// They sit beside the stored definition rather than inside it: stored versions are immutable,
// and a better translation must not require a new framework version.
const shipped: Record<string, Record<string, unknown>> = {
  "mnr@2022.1": { fr, es, ar },
};

const parsed = new Map<string, FrameworkTranslation | null>();

export function shippedTranslation(frameworkKey: string, version: string, locale: string): FrameworkTranslation | null {
  const id = `${frameworkKey}@${version}#${locale}`;
  if (!parsed.has(id)) {
    const raw = shipped[`${frameworkKey}@${version}`]?.[locale];
    parsed.set(id, raw ? translationSchema.parse(raw) : null);
  }
  return parsed.get(id)!;
}

export const shippedLocales = (frameworkKey: string, version: string) => Object.keys(shipped[`${frameworkKey}@${version}`] ?? {});
