import { getLocale } from "next-intl/server";
import { loadCurrentFramework } from "@/db/current-framework";
import { localiseDefinition } from "@/lib/framework/localise";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { shippedTranslation } from "@/lib/framework/shipped-translations";

/** The definition's texts in the reader's language: a shipped translation, else one the definition carries. */
export async function localiseFramework(def: FrameworkDefinition): Promise<FrameworkDefinition> {
  const locale = await getLocale();
  if (locale === def.locale) return def;
  return localiseDefinition(def, shippedTranslation(def.key, def.version, locale) ?? def.translations?.[locale]);
}

/** The current framework, its texts in the reader's language. */
export async function loadLocalisedFramework() {
  const framework = await loadCurrentFramework();
  return framework ? { ...framework, definition: await localiseFramework(framework.definition) } : null;
}
