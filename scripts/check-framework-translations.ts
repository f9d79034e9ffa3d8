// npx tsx scripts/check-framework-translations.ts: lists every framework text that a shipped
// translation lacks (pages then show it in English) and exits 1 if there is any.
import raw from "@/lib/framework/definitions/mnr-2022.json";
import { missingTranslations } from "@/lib/framework/localise";
import { frameworkDefinitionSchema } from "@/lib/framework/schema";
import { shippedLocales, shippedTranslation } from "@/lib/framework/shipped-translations";
import { locales } from "@/lib/i18n/config";

export function reportMissing(): Record<string, string[]> {
  const def = frameworkDefinitionSchema.parse(raw);
  const out: Record<string, string[]> = {};
  for (const locale of locales) {
    if (locale === def.locale) continue;
    out[locale] = shippedLocales(def.key, def.version).includes(locale) ? missingTranslations(def, shippedTranslation(def.key, def.version, locale)) : ["(no translation at all)"];
  }
  return out;
}

if (require.main === module) {
  const missing = reportMissing();
  let problems = 0;
  for (const [locale, paths] of Object.entries(missing)) {
    problems += paths.length;
    for (const p of paths) console.log(`${locale}: missing ${p} (shown in English)`);
  }
  console.log(problems ? `framework translations: ${problems} missing` : `framework translations: ${Object.keys(missing).length} languages complete`);
  process.exit(problems ? 1 : 0);
}
